# SPDX-License-Identifier: GPL-3.0-or-later
# The hardening Debian's dpkg-buildflags would give a packaged build
# (lintian checks the programs for it): fortified libc calls, stack
# protector, read-only relocations bound at start. Set here rather than by
# the packaging, because the packages are built from the same tree and
# build as the tests.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # -U first: Ubuntu's compiler already defines _FORTIFY_SOURCE=3, and a
    # redefinition is a warning (an error in CI). Fortify needs optimisation,
    # so only the optimised configurations get it (not Debug, nor a build
    # without CMAKE_BUILD_TYPE, where glibc would warn in every file).
    add_compile_options(
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE>
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-D_FORTIFY_SOURCE=2>
        -fstack-protector-strong)
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
