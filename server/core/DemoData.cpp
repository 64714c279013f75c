// SPDX-License-Identifier: GPL-3.0-or-later
// The demo dataset: a fictional district network, "Landkreis Beispielland".
// Every name, street, number and address here is invented. The tables below
// are the raw material; the generator combines them with a seeded
// std::mt19937 (whose output sequence the standard fixes, and which is only
// ever used through plain modulo arithmetic here), so a seed gives the same
// data on every platform.
#include "server/core/DemoData.h"

#include "common/Bucket.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "proto/codec/RecordCodec.h"
#include "server/core/PasswordHasher.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <random>
#include <span>

namespace hn::server {

using common::EntityType;
using common::Record;
using common::SpaceLevel;

namespace {

// ---------------------------------------------------------------------------
// Spaces

// Where something belongs. The six teams are in the order of kTeams.
enum class Area { Public, Social, Housing, Volunteering, Education, Work, Health, Town, Internal };

constexpr int kTeamCount = 6;
constexpr int kTownCount = 5;
// Space indexes: Öffentlich, the teams, the municipalities, Intern.
constexpr int kPublicSpace = 0;
constexpr int kFirstTownSpace = 1 + kTeamCount;
constexpr int kInternalSpace = kFirstTownSpace + kTownCount;
constexpr int kSpaceCount = kInternalSpace + 1;

struct TeamSpace {
    const char16_t *name;
    const char16_t *description;
};

constexpr TeamSpace kTeams[kTeamCount] = {
    {u"Soziale Betreuung",
     u"Kompetenzteam Soziale Betreuung: Beratung und Begleitung Geflüchteter, "
     u"Migrationsberatung, Leistungen nach AsylbLG und SGB II."},
    {u"Unterkunft und Anschlussunterbringung",
     u"Kompetenzteam Unterkunft und Anschlussunterbringung: Gemeinschaftsunterkünfte, "
     u"Wohnraumakquise, Auszug in eigene Wohnungen."},
    {u"Engagement und Ehrenamt",
     u"Kompetenzteam Engagement und Ehrenamt: Gewinnung, Begleitung und Fortbildung "
     u"Ehrenamtlicher."},
    {u"Erziehung und Bildung",
     u"Kompetenzteam Erziehung und Bildung: Kita, Schule, Sprachkurse und Bildungsberatung."},
    {u"Ausbildung und Arbeit",
     u"Kompetenzteam Ausbildung und Arbeit: Arbeitsmarktintegration, Berufssprachkurse, "
     u"Anerkennung ausländischer Abschlüsse."},
    {u"Medizinische Versorgung und psychosoziale Betreuung",
     u"Kompetenzteam Medizinische Versorgung und psychosoziale Betreuung: "
     u"Gesundheitsversorgung, Sprachmittlung, psychosoziale Hilfen."},
};

// A municipality of the district, with what its local organisations are called.
struct Town {
    const char16_t *space;      // the space's name
    const char16_t *name;       // the place
    const char16_t *ofThe;      // "der Gemeinde Altbrunn"
    const char16_t *slug;       // for e-mail domains
    const char16_t *postalCode; // invented
    const char16_t *areaCode;   // invented
    const char16_t *domain;     // the municipality's own
    const char16_t *townHall;
    const char16_t *initiative; // the main volunteer initiative
    const char16_t *second;     // a second initiative
    const char16_t *kita;
    const char16_t *practice;
    const char16_t *school; // secondary school
    const char16_t *shelterStreet;
};

constexpr Town kTowns[kTownCount] = {
    {u"Gemeinde Altbrunn", u"Altbrunn", u"der Gemeinde Altbrunn", u"altbrunn", u"56781", u"06571",
     u"gemeinde-altbrunn.de", u"Rathausplatz 1", u"Willkommenskreis Altbrunn e. V.",
     u"Kleiderkammer Altbrunn", u"Kita Regenbogen Altbrunn", u"Hausarztpraxis am Markt Altbrunn",
     u"Realschule plus Altbrunn", u"Mühlenweg 8"},
    {u"Stadt Bergheim am See", u"Bergheim am See", u"der Stadt Bergheim am See", u"bergheim-am-see",
     u"56790", u"06572", u"bergheim-am-see.de", u"Rathausstraße 2",
     u"Netzwerk Asyl Bergheim am See", u"Fahrradwerkstatt Rückenwind Bergheim",
     u"Kita Pusteblume Bergheim am See", u"Gemeinschaftspraxis Lindenhof Bergheim am See",
     u"Integrierte Gesamtschule Bergheim am See", u"Seestraße 41"},
    {u"Gemeinde Cellerbach", u"Cellerbach", u"der Gemeinde Cellerbach", u"cellerbach", u"56795",
     u"06573", u"cellerbach.de", u"Hauptstraße 15", u"Ukrainehilfe Cellerbach",
     u"Kleiderkammer Cellerbach", u"Kita Sonnenschein Cellerbach",
     u"Hausarztpraxis Talblick Cellerbach", u"Realschule plus Cellerbach", u"Am Sportplatz 3"},
    {u"Stadt Dornfelden", u"Dornfelden", u"der Stadt Dornfelden", u"dornfelden", u"56800", u"06574",
     u"stadt-dornfelden.de", u"Marktplatz 1", u"Café International Dornfelden",
     u"Interkultureller Garten Dornfelden", u"Kita Arche Noah Dornfelden",
     u"Praxis am Stadtpark Dornfelden", u"Gymnasium am Weinberg Dornfelden", u"Industriestraße 17"},
    {u"Verbandsgemeinde Eichental", u"Eichental", u"der Verbandsgemeinde Eichental", u"eichental",
     u"56810", u"06575", u"vg-eichental.de", u"Schulstraße 6",
     u"Patenschaftsprojekt Brückenbauer Eichental", u"Kleiderkammer Eichental",
     u"Kita Wirbelwind Eichental", u"Hausarztzentrum Eichental", u"Schulzentrum Eichental",
     u"Alte Poststraße 5"},
};

// The district town, where the district office sits.
constexpr int kSeat = 1;

int spaceIndex(Area area, int town = -1) {
    switch (area) {
    case Area::Public:
        return kPublicSpace;
    case Area::Town:
        return kFirstTownSpace + town;
    case Area::Internal:
        return kInternalSpace;
    default:
        return int(area); // Social = 1 ... Health = 6
    }
}

// ---------------------------------------------------------------------------
// Accounts

// Marks the unused entries of Account::grants.
constexpr int kNoGrant = -2;

struct Grant {
    Area area = Area::Public;
    int town = kNoGrant; // a kTowns index for Area::Town, else -1
    SpaceLevel level = SpaceLevel::Reader;
};

struct Account {
    const char16_t *email;
    const char16_t *displayName;
    const char16_t *organization;
    int town; // -1: none
    common::Affiliation affiliation;
    common::GlobalRole role;
    const char16_t *password;
    const char16_t *purpose;
    Grant grants[8];
};

using common::Affiliation;
using common::GlobalRole;
using enum SpaceLevel;

constexpr const char16_t *kMemberPassword = u"Demo-Mitglied-2026";

// The four role accounts first, in the order admin, coordinator, member,
// guest; then further members, each with memberships that fit their work.
constexpr Account kAccounts[] = {
    {u"admin@helfernetz.demo",
     u"Demo-Admin",
     u"Kreisverwaltung Beispielland",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Admin,
     u"Demo-Admin-2026",
     u"admin: everything, incl. users, spaces and the audit log",
     {}},
    {u"koordination@helfernetz.demo",
     u"Claudia Brückner",
     u"Kreisverwaltung Beispielland – Koordinierungsstelle Flüchtlingsarbeit und Integration",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Coordinator,
     u"Demo-Koordination-2026",
     u"coordinator: moderates \u201EStadt Bergheim am See\u201C and \u201ESoziale Betreuung\u201C",
     {{Area::Town, kSeat, Moderator},
      {Area::Social, -1, Moderator},
      {Area::Public, -1, Editor},
      {Area::Internal, -1, Author},
      {Area::Housing, -1, Reader}}},
    {u"mitglied@helfernetz.demo",
     u"Mehmet Yıldız",
     u"Willkommenskreis Altbrunn e. V.",
     0,
     Affiliation::Ehrenamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"member: editor in \u201EEngagement und Ehrenamt\u201C, author in \u201EGemeinde "
     u"Altbrunn\u201C and \u201EErziehung und Bildung\u201C",
     {{Area::Volunteering, -1, Editor}, {Area::Town, 0, Author}, {Area::Education, -1, Author}}},
    {u"gast@helfernetz.demo",
     u"Olena Kovalenko",
     u"",
     2,
     Affiliation::Unspecified,
     GlobalRole::Guest,
     u"Demo-Gast-2026",
     u"guest: reads \u201E\u00D6ffentlich\u201C only",
     {}},

    {u"j.schaefer@kreis-beispielland.de",
     u"Jana Schäfer",
     u"Kreisverwaltung Beispielland – Koordinierungsstelle Flüchtlingsarbeit und Integration",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Public, -1, Moderator},
      {Area::Volunteering, -1, Moderator},
      {Area::Internal, -1, Moderator},
      {Area::Town, 0, Author},
      {Area::Town, 1, Author},
      {Area::Town, 2, Author},
      {Area::Town, 3, Author},
      {Area::Town, 4, Author}}},
    {u"t.weiss@kreis-beispielland.de",
     u"Thomas Weiß",
     u"Kreisverwaltung Beispielland – Unterbringung und Wohnraum",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Housing, -1, Moderator},
      {Area::Social, -1, Editor},
      {Area::Internal, -1, Author},
      {Area::Town, kSeat, Author}}},
    {u"a.demir@jobcenter-beispielland.de",
     u"Ayşe Demir",
     u"Jobcenter Landkreis Beispielland – Team Migration",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Work, -1, Moderator},
      {Area::Public, -1, Author},
      {Area::Internal, -1, Reader},
      {Area::Town, 4, Author}}},
    {u"k.boehm@kreis-beispielland.de",
     u"Dr. Karin Böhm",
     u"Kreisverwaltung Beispielland – Gesundheitsamt",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Health, -1, Moderator}, {Area::Internal, -1, Author}}},
    {u"s.krueger@kreis-beispielland.de",
     u"Stefan Krüger",
     u"Kreisverwaltung Beispielland – Bildungsbüro",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Education, -1, Moderator}, {Area::Public, -1, Author}, {Area::Work, -1, Author}}},
    {u"f.al-hassan@caritas-beispielland.de",
     u"Fatima Al-Hassan",
     u"Caritasverband Beispielland e. V. – Migrationsdienst",
     3,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Social, -1, Editor}, {Area::Health, -1, Author}, {Area::Town, 3, Author}}},
    {u"o.melnyk@drk-beispielland.de",
     u"Oleksandr Melnyk",
     u"DRK-Kreisverband Beispielland e. V.",
     4,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Housing, -1, Author}, {Area::Town, 4, Author}, {Area::Work, -1, Author}}},
    {u"p.koehler@gemeinde-altbrunn.de",
     u"Petra Köhler",
     u"Koordinierungsstelle Flüchtlingshilfe der Gemeinde Altbrunn",
     0,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Town, 0, Moderator},
      {Area::Housing, -1, Author},
      {Area::Volunteering, -1, Author},
      {Area::Internal, -1, Reader}}},
    {u"m.jaeger@cellerbach.de",
     u"Markus Jäger",
     u"Koordinierungsstelle Flüchtlingshilfe der Gemeinde Cellerbach",
     2,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Town, 2, Moderator}, {Area::Social, -1, Author}, {Area::Internal, -1, Reader}}},
    {u"l.karimi@stadt-dornfelden.de",
     u"Leyla Karimi",
     u"Koordinierungsstelle Flüchtlingshilfe der Stadt Dornfelden",
     3,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Town, 3, Moderator}, {Area::Education, -1, Author}, {Area::Internal, -1, Reader}}},
    {u"a.gross@vg-eichental.de",
     u"Andreas Groß",
     u"Koordinierungsstelle Flüchtlingshilfe der Verbandsgemeinde Eichental",
     4,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Town, 4, Moderator}, {Area::Work, -1, Author}, {Area::Internal, -1, Reader}}},
    {u"hanna.strauss@netzwerk-asyl-bergheim-am-see.de",
     u"Hanna Strauß",
     u"Netzwerk Asyl Bergheim am See",
     kSeat,
     Affiliation::Ehrenamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Town, kSeat, Author}, {Area::Volunteering, -1, Author}}},
    {u"y.haddad@sprachmittlerpool-beispielland.de",
     u"Yusuf Haddad",
     u"Sprachmittlerpool Beispielland",
     2,
     Affiliation::Ehrenamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Health, -1, Author}, {Area::Social, -1, Author}, {Area::Town, 2, Author}}},
    {u"iryna.bondarenko@ukrainehilfe-cellerbach.de",
     u"Iryna Bondarenko",
     u"Ukrainehilfe Cellerbach",
     2,
     Affiliation::Ehrenamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Town, 2, Author}, {Area::Education, -1, Reader}, {Area::Volunteering, -1, Author}}},
    {u"m.suessmann@psz-beispielland.de",
     u"Michael Süßmann",
     u"Psychosoziales Zentrum für Geflüchtete Beispielland",
     3,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Health, -1, Editor}, {Area::Social, -1, Author}, {Area::Town, 3, Author}}},
    {u"d.tesfaye@kreis-beispielland.de",
     u"Dawit Tesfaye",
     u"Kreisverwaltung Beispielland – Sozialamt, Asylbewerberleistungen",
     kSeat,
     Affiliation::Hauptamtlich,
     GlobalRole::Member,
     kMemberPassword,
     u"",
     {{Area::Social, -1, Author}, {Area::Housing, -1, Editor}, {Area::Internal, -1, Author}}},
};

// ---------------------------------------------------------------------------
// People

// Names by origin; lists are separated by ';'. `familyFemale` lists the
// feminine forms where the language has them ("Iwanowa"), in the same order.
struct NamePool {
    int weight;                // share of the staff, in percent
    const char16_t *languages; // besides German
    const char16_t *female;
    const char16_t *male;
    const char16_t *family;
    const char16_t *familyFemale = nullptr;
};

// clang-format off
constexpr NamePool kNamePools[] = {
    {58, u"",
     u"Katrin;Sabine;Julia;Anna;Claudia;Susanne;Andrea;Monika;Birgit;Lena;Sophie;Marie;Kerstin;"
     u"Ute;Heike;Bärbel;Jutta;Lea;Franziska;Dörte;Annegret;Miriam",
     u"Thomas;Michael;Andreas;Stefan;Jörg;Jürgen;Klaus;Matthias;Tobias;Daniel;Sebastian;Uwe;Ralf;"
     u"Günter;Lukas;Jonas;Björn;Sören;Hans-Peter;Karl-Heinz",
     u"Müller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker;Schulz;Hoffmann;Schäfer;Koch;"
     u"Bauer;Richter;Klein;Wolf;Schröder;Neumann;Zimmermann;Braun;Krüger;Hartmann;Lange;Krause;"
     u"Köhler;Größe;Weiß;Groß;Strauß;Fuß;Jäger;Böhm;Günther;Löffler;Kößler;Bräuer;Dörfler;"
     u"Häußler;Mößner;Süßmann"},
    {9, u"tr", u"Ayşe;Elif;Zeynep;Derya;Özlem;Sevgi", u"Mehmet;Mustafa;Emre;Murat;Hakan;Oğuz",
     u"Yılmaz;Kaya;Demir;Şahin;Çelik;Öztürk;Aydın;Özdemir;Doğan;Güneş"},
    {9, u"ar", u"Fatima;Amira;Rania;Layla;Samira;Hiba", u"Ahmad;Omar;Khaled;Tarek;Samir;Bilal",
     u"Al-Hassan;Haddad;Nasser;Khalil;Saleh;Mansour;Darwish;Al-Khatib"},
    {6, u"uk;ru", u"Olena;Oksana;Tetiana;Svitlana;Kateryna", u"Andrii;Serhii;Dmytro;Taras;Bohdan",
     u"Kovalenko;Shevchenko;Bondarenko;Tkachenko;Melnyk;Kravchenko;Moroz;Savchuk"},
    {4, u"ru", u"Natalja;Swetlana;Olga", u"Alexej;Sergej;Pawel",
     u"Iwanow;Petrow;Smirnow;Wolkow", u"Iwanowa;Petrowa;Smirnowa;Wolkowa"},
    {3, u"fa", u"Maryam;Shirin;Parisa", u"Reza;Mehdi;Farhad", u"Ahmadi;Hosseini;Rahimi;Karimi"},
    {3, u"prs;ps", u"Fereshta;Mursal;Nilofar", u"Hamid;Jawad;Farid",
     u"Noori;Sultani;Haidari;Hakimi"},
    {3, u"pl", u"Agnieszka;Małgorzata", u"Piotr;Paweł", u"Nowak;Kowalski;Wiśniewski;Wójcik",
     u"Nowak;Kowalska;Wiśniewska;Wójcik"},
    {3, u"ku;ar", u"Rojda;Berfin", u"Azad;Baran", u"Ekinci;Tekin;Bingöl;Sido"},
    {2, u"ti", u"Selam;Senait", u"Yonas;Mussie", u"Tesfaye;Haile;Gebremedhin;Tekle"},
};
// clang-format on

// A job, in its feminine and masculine form.
struct Function {
    const char16_t *female;
    const char16_t *male;
    bool doctor = false;
};

// Staff of the kinds of organization; the first function is the lead's.
constexpr Function kStaffIntegration[] = {
    {u"Landkreiskoordinatorin Flüchtlingsarbeit", u"Landkreiskoordinator Flüchtlingsarbeit"},
    {u"Integrationsbeauftragte des Landkreises", u"Integrationsbeauftragter des Landkreises"},
    {u"Ehrenamtskoordinatorin", u"Ehrenamtskoordinator"},
    {u"Bildungskoordinatorin für Neuzugewanderte", u"Bildungskoordinator für Neuzugewanderte"},
    {u"Sachbearbeiterin Integration", u"Sachbearbeiter Integration"},
};
constexpr Function kStaffForeigners[] = {
    {u"Sachgebietsleiterin Ausländerbehörde", u"Sachgebietsleiter Ausländerbehörde"},
    {u"Sachbearbeiterin Aufenthaltsrecht", u"Sachbearbeiter Aufenthaltsrecht"},
    {u"Sachbearbeiterin Einbürgerung", u"Sachbearbeiter Einbürgerung"},
};
constexpr Function kStaffSocialOffice[] = {
    {u"Fachbereichsleiterin Soziales", u"Fachbereichsleiter Soziales"},
    {u"Sachbearbeiterin Asylbewerberleistungen", u"Sachbearbeiter Asylbewerberleistungen"},
    {u"Sozialarbeiterin", u"Sozialarbeiter"},
};
constexpr Function kStaffYouthOffice[] = {
    {u"Sachgebietsleiterin unbegleitete Minderjährige",
     u"Sachgebietsleiter unbegleitete Minderjährige"},
    {u"Sozialpädagogin Allgemeiner Sozialer Dienst", u"Sozialpädagoge Allgemeiner Sozialer Dienst"},
    {u"Amtsvormundin", u"Amtsvormund"},
};
constexpr Function kStaffHealthOffice[] = {
    {u"Amtsärztin", u"Amtsarzt", true},
    {u"Sozialmedizinische Assistentin", u"Sozialmedizinischer Assistent"},
    {u"Ärztin im Kinder- und Jugendärztlichen Dienst",
     u"Arzt im Kinder- und Jugendärztlichen Dienst", true},
};
constexpr Function kStaffEducationOffice[] = {
    {u"Leiterin Bildungsbüro", u"Leiter Bildungsbüro"},
    {u"Bildungsberaterin", u"Bildungsberater"},
};
constexpr Function kStaffHousingOffice[] = {
    {u"Teamleiterin Unterbringung", u"Teamleiter Unterbringung"},
    {u"Sachbearbeiterin Wohnraumakquise", u"Sachbearbeiter Wohnraumakquise"},
    {u"Objektbetreuerin Unterkünfte", u"Objektbetreuer Unterkünfte"},
};
constexpr Function kStaffJobcenter[] = {
    {u"Teamleiterin Markt und Integration", u"Teamleiter Markt und Integration"},
    {u"Integrationsfachkraft", u"Integrationsfachkraft"},
    {u"Arbeitsvermittlerin", u"Arbeitsvermittler"},
    {u"Fallmanagerin", u"Fallmanager"},
    {u"Leistungssachbearbeiterin", u"Leistungssachbearbeiter"},
};
constexpr Function kStaffEmploymentAgency[] = {
    {u"Berufsberaterin", u"Berufsberater"},
    {u"Beraterin Arbeitgeberservice", u"Berater Arbeitgeberservice"},
};
constexpr Function kStaffCrafts[] = {
    {u"Ausbildungsberaterin", u"Ausbildungsberater"},
    {u"Willkommenslotsin", u"Willkommenslotse"},
};
constexpr Function kStaffWelfare[] = {
    {u"Leiterin Fachdienst Migration", u"Leiter Fachdienst Migration"},
    {u"Migrationsberaterin (MBE)", u"Migrationsberater (MBE)"},
    {u"Sozialarbeiterin", u"Sozialarbeiter"},
    {u"Sozialpädagogin", u"Sozialpädagoge"},
    {u"Asylverfahrensberaterin", u"Asylverfahrensberater"},
};
constexpr Function kStaffYouthMigration[] = {
    {u"Beraterin Jugendmigrationsdienst", u"Berater Jugendmigrationsdienst"},
    {u"Sozialpädagogin", u"Sozialpädagoge"},
};
constexpr Function kStaffTrauma[] = {
    {u"Leiterin Psychosoziales Zentrum", u"Leiter Psychosoziales Zentrum"},
    {u"Psychologische Psychotherapeutin", u"Psychologischer Psychotherapeut"},
    {u"Traumapädagogin", u"Traumapädagoge"},
    {u"Sozialarbeiterin", u"Sozialarbeiter"},
};
constexpr Function kStaffWomen[] = {
    {u"Beraterin", u"Berater"},
    {u"Sozialpädagogin", u"Sozialpädagoge"},
};
constexpr Function kStaffLanguageSchool[] = {
    {u"Fachbereichsleiterin Deutsch als Fremdsprache",
     u"Fachbereichsleiter Deutsch als Fremdsprache"},
    {u"Kursleiterin Integrationskurs", u"Kursleiter Integrationskurs"},
    {u"Ansprechpartnerin Einstufungstests", u"Ansprechpartner Einstufungstests"},
};
constexpr Function kStaffHospital[] = {
    {u"Leiterin Sozialdienst", u"Leiter Sozialdienst"},
    {u"Sozialarbeiterin im Krankenhaus", u"Sozialarbeiter im Krankenhaus"},
    {u"Oberärztin Psychiatrie", u"Oberarzt Psychiatrie", true},
};
constexpr Function kStaffInterpreters[] = {
    {u"Koordinatorin Sprachmittlung", u"Koordinator Sprachmittlung"},
    {u"Sprachmittlerin", u"Sprachmittler"},
};
constexpr Function kStaffLandlord[] = {
    {u"Leiterin Vermietung", u"Leiter Vermietung"},
    {u"Kundenbetreuerin", u"Kundenbetreuer"},
    {u"Hausverwalterin", u"Hausverwalter"},
};
constexpr Function kStaffVolunteerAgency[] = {
    {u"Leiterin Ehrenamtsbörse", u"Leiter Ehrenamtsbörse"},
    {u"Freiwilligenkoordinatorin", u"Freiwilligenkoordinator"},
};
constexpr Function kStaffFoodBank[] = {
    {u"Leiterin Ausgabestelle", u"Leiter Ausgabestelle"},
    {u"Ehrenamtliche Helferin", u"Ehrenamtlicher Helfer"},
};
constexpr Function kStaffLegal[] = {
    {u"Koordinatorin Rechtsberatung", u"Koordinator Rechtsberatung"},
    {u"Ehrenamtliche Beraterin", u"Ehrenamtlicher Berater"},
};
constexpr Function kStaffPolice[] = {
    {u"Präventionsbeauftragte", u"Präventionsbeauftragter"},
};
constexpr Function kStaffBoard[] = {
    {u"Vorsitzende des Integrationsbeirats", u"Vorsitzender des Integrationsbeirats"},
    {u"Mitglied des Integrationsbeirats", u"Mitglied des Integrationsbeirats"},
};
constexpr Function kStaffStandby[] = {
    {u"Rufbereitschaft Unterkünfte", u"Rufbereitschaft Unterkünfte"},
};
constexpr Function kStaffTownOffice[] = {
    {u"Koordinatorin Flüchtlingshilfe", u"Koordinator Flüchtlingshilfe"},
    {u"Integrationslotsin", u"Integrationslotse"},
    {u"Sozialarbeiterin", u"Sozialarbeiter"},
};
constexpr Function kStaffCitizensOffice[] = {
    {u"Sachbearbeiterin Bürgerbüro", u"Sachbearbeiter Bürgerbüro"},
    {u"Sachbearbeiterin Ordnungsamt", u"Sachbearbeiter Ordnungsamt"},
};
constexpr Function kStaffInitiative[] = {
    {u"Vorsitzende", u"Vorsitzender"},
    {u"Stellvertretende Vorsitzende", u"Stellvertretender Vorsitzender"},
    {u"Ansprechpartnerin Patenschaften", u"Ansprechpartner Patenschaften"},
    {u"Leiterin Sprachcafé", u"Leiter Sprachcafé"},
    {u"Ehrenamtliche Helferin", u"Ehrenamtlicher Helfer"},
};
constexpr Function kStaffSmallInitiative[] = {
    {u"Ansprechpartnerin", u"Ansprechpartner"},
    {u"Ehrenamtliche Helferin", u"Ehrenamtlicher Helfer"},
};
constexpr Function kStaffSchool[] = {
    {u"Schulleiterin", u"Schulleiter"},
    {u"Lehrerin Deutsch als Zweitsprache", u"Lehrer Deutsch als Zweitsprache"},
    {u"Schulsozialarbeiterin", u"Schulsozialarbeiter"},
};
constexpr Function kStaffKita[] = {
    {u"Kita-Leiterin", u"Kita-Leiter"},
    {u"Sprachförderkraft", u"Sprachförderkraft"},
};
constexpr Function kStaffPractice[] = {
    {u"Fachärztin für Allgemeinmedizin", u"Facharzt für Allgemeinmedizin", true},
    {u"Medizinische Fachangestellte", u"Medizinischer Fachangestellter"},
};
constexpr Function kStaffPaediatrics[] = {
    {u"Fachärztin für Kinder- und Jugendmedizin", u"Facharzt für Kinder- und Jugendmedizin", true},
    {u"Medizinische Fachangestellte", u"Medizinischer Fachangestellter"},
};
constexpr Function kStaffShelter[] = {
    {u"Einrichtungsleiterin", u"Einrichtungsleiter"},
    {u"Sozialbetreuerin", u"Sozialbetreuer"},
    {u"Hausmeisterin", u"Hausmeister"},
};

constexpr int kEachTown = -1;

// An organization contact and its staff. In the text fields, "{ort}",
// "{der}", "{domain}", "{initiative}", "{zweite}", "{kita}", "{praxis}",
// "{schule}", "{unterkunft}", "{rathaus}" and "{slug}" stand for the
// municipality's values (kTowns), "{name}" in a domain for the
// organization's name.
struct OrgTemplate {
    const char16_t *name;
    Area area;
    int town; // where it sits: a kTowns index, or kEachTown for one per municipality
    std::span<const Function> staff = {};
    int minStaff = 0;
    int maxStaff = 0;
    bool directDial = true; // staff have extensions of one switchboard
    const char16_t *domain = u"kreis-beispielland.de";
    const char16_t *mailbox = u"info";
    const char16_t *street = nullptr; // nullptr: a random street; u"": no address
    const char16_t *supplement = u"";
    const char16_t *department = u"";
    const char16_t *tags = u"";
    const char16_t *hours = u"";
    const char16_t *notes = u"";
    const char16_t *languages = u"de";
    // A fixed lead, so the demo has names to search for.
    const char16_t *leadGiven = nullptr;
    const char16_t *leadFamily = nullptr;
    bool leadFemale = true;
};

constexpr OrgTemplate kOrganizations[] = {
    {.name = u"Kreisverwaltung Beispielland",
     .area = Area::Public,
     .town = kSeat,
     .mailbox = u"poststelle",
     .street = u"Am Schlossberg 1",
     .tags = u"Verwaltung;Zentrale",
     .hours = u"Mo–Fr 8–12 Uhr\nDo 14–17:30 Uhr",
     .notes = u"Termine in den Fachbereichen bitte vorher vereinbaren. Barrierefreier Zugang über "
              u"den Innenhof."},
    {.name =
         u"Kreisverwaltung Beispielland – Koordinierungsstelle Flüchtlingsarbeit und Integration",
     .area = Area::Public,
     .town = kSeat,
     .staff = kStaffIntegration,
     .minStaff = 4,
     .maxStaff = 5,
     .mailbox = u"integration",
     .street = u"Am Schlossberg 1",
     .supplement = u"Gebäude B, 2. OG",
     .department = u"Fachbereich 2 – Soziales und Integration",
     .tags = u"Integration;Koordination;Ehrenamt;Netzwerk",
     .hours = u"Mo–Do 9–12 Uhr\nDi 14–16 Uhr und nach Vereinbarung",
     .languages = u"de;en",
     .leadGiven = u"Katrin",
     .leadFamily = u"Müller"},
    {.name = u"Kreisverwaltung Beispielland – Ausländerbehörde",
     .area = Area::Public,
     .town = kSeat,
     .staff = kStaffForeigners,
     .minStaff = 3,
     .maxStaff = 4,
     .mailbox = u"auslaenderbehoerde",
     .street = u"Am Schlossberg 3",
     .department = u"Fachbereich 3 – Ordnung und Aufenthalt",
     .tags = u"Aufenthaltsrecht;Aufenthaltstitel;Einbürgerung",
     .hours = u"Mo, Di, Do 8–12 Uhr\nnur mit Termin",
     .notes = u"Terminvergabe online oder telefonisch. Bitte Pass und aktuelle Meldebescheinigung "
              u"mitbringen.",
     .languages = u"de;en"},
    {.name = u"Kreisverwaltung Beispielland – Sozialamt, Asylbewerberleistungen",
     .area = Area::Social,
     .town = kSeat,
     .staff = kStaffSocialOffice,
     .minStaff = 3,
     .maxStaff = 4,
     .mailbox = u"asylbln",
     .street = u"Am Schlossberg 1",
     .supplement = u"Gebäude A, Erdgeschoss",
     .department = u"Fachbereich 2 – Soziales und Integration",
     .tags = u"AsylbLG;Leistungen;Behandlungsscheine",
     .hours = u"Mo–Fr 8–12 Uhr",
     .leadGiven = u"Jörg",
     .leadFamily = u"Größe",
     .leadFemale = false},
    {.name = u"Kreisverwaltung Beispielland – Jugendamt",
     .area = Area::Education,
     .town = kSeat,
     .staff = kStaffYouthOffice,
     .minStaff = 2,
     .maxStaff = 3,
     .mailbox = u"jugendamt",
     .street = u"Poststraße 12",
     .department = u"Fachbereich 4 – Jugend und Familie",
     .tags = u"UMA;Jugendhilfe;Vormundschaft",
     .hours = u"Mo–Fr 8–12 Uhr"},
    {.name = u"Kreisverwaltung Beispielland – Gesundheitsamt",
     .area = Area::Health,
     .town = kSeat,
     .staff = kStaffHealthOffice,
     .minStaff = 2,
     .maxStaff = 3,
     .mailbox = u"gesundheitsamt",
     .street = u"Lindenallee 20",
     .department = u"Fachbereich 5 – Gesundheit",
     .tags = u"Impfungen;Schuleingangsuntersuchung;Infektionsschutz",
     .hours = u"Mo–Fr 8–12 Uhr\nImpfsprechstunde Mi 14–16 Uhr"},
    {.name = u"Kreisverwaltung Beispielland – Bildungsbüro",
     .area = Area::Education,
     .town = kSeat,
     .staff = kStaffEducationOffice,
     .minStaff = 2,
     .maxStaff = 2,
     .mailbox = u"bildungsbuero",
     .street = u"Am Schlossberg 1",
     .department = u"Stabsstelle Bildung",
     .tags = u"Bildungsberatung;Sprachkurse;Schule"},
    {.name = u"Kreisverwaltung Beispielland – Unterbringung und Wohnraum",
     .area = Area::Housing,
     .town = kSeat,
     .staff = kStaffHousingOffice,
     .minStaff = 3,
     .maxStaff = 4,
     .mailbox = u"unterbringung",
     .street = u"Am Schlossberg 1",
     .supplement = u"Gebäude B, 1. OG",
     .department = u"Fachbereich 2 – Soziales und Integration",
     .tags = u"Gemeinschaftsunterkunft;Wohnraum;Anschlussunterbringung",
     .hours = u"Mo–Do 8–12 Uhr"},
    {.name = u"Jobcenter Landkreis Beispielland",
     .area = Area::Public,
     .town = kSeat,
     .staff = kStaffJobcenter,
     .minStaff = 1,
     .maxStaff = 2,
     .domain = u"jobcenter-beispielland.de",
     .street = u"Bahnhofstraße 40",
     .tags = u"SGB II;Arbeitsvermittlung;Leistungen",
     .hours = u"Mo–Fr 8–12 Uhr\nDo 14–18 Uhr",
     .languages = u"de;en"},
    {.name = u"Jobcenter Landkreis Beispielland – Team Migration",
     .area = Area::Work,
     .town = kSeat,
     .staff = kStaffJobcenter,
     .minStaff = 5,
     .maxStaff = 7,
     .domain = u"jobcenter-beispielland.de",
     .mailbox = u"team-migration",
     .street = u"Bahnhofstraße 40",
     .supplement = u"Haus 2",
     .tags = u"Arbeitsmarktintegration;Berufssprachkurse;Anerkennung",
     .hours = u"Termine nach Vereinbarung",
     .languages = u"de;en"},
    {.name = u"Jobcenter Landkreis Beispielland – Geschäftsstelle Dornfelden",
     .area = Area::Work,
     .town = 3,
     .staff = kStaffJobcenter,
     .minStaff = 2,
     .maxStaff = 3,
     .domain = u"jobcenter-beispielland.de",
     .mailbox = u"dornfelden",
     .street = u"Marktstraße 7",
     .tags = u"SGB II;Arbeitsvermittlung",
     .hours = u"Mo–Fr 8–12 Uhr"},
    {.name = u"Agentur für Arbeit Beispielland – Berufsberatung",
     .area = Area::Work,
     .town = kSeat,
     .staff = kStaffEmploymentAgency,
     .minStaff = 2,
     .maxStaff = 3,
     .domain = u"arbeitsagentur-beispielland.de",
     .mailbox = u"berufsberatung",
     .street = u"Bahnhofstraße 38",
     .tags = u"Berufsberatung;Ausbildung;Arbeitgeberservice"},
    {.name = u"Kreishandwerkerschaft Beispielland",
     .area = Area::Work,
     .town = kSeat,
     .staff = kStaffCrafts,
     .minStaff = 1,
     .maxStaff = 2,
     .domain = u"kh-beispielland.de",
     .tags = u"Ausbildung;Praktikum;Handwerk"},
    {.name = u"Caritasverband Beispielland e. V. – Migrationsdienst",
     .area = Area::Social,
     .town = 3,
     .staff = kStaffWelfare,
     .minStaff = 3,
     .maxStaff = 5,
     .domain = u"caritas-beispielland.de",
     .mailbox = u"migrationsdienst",
     .street = u"Kirchplatz 4",
     .tags = u"Migrationsberatung;MBE;Familiennachzug",
     .hours = u"Di und Do 9–12 Uhr\nMi 14–17 Uhr offene Sprechstunde",
     .languages = u"de;en;fr;ar"},
    {.name = u"Diakonisches Werk Beispielland – Flüchtlings- und Migrationsberatung",
     .area = Area::Social,
     .town = kSeat,
     .staff = kStaffWelfare,
     .minStaff = 3,
     .maxStaff = 4,
     .domain = u"diakonie-beispielland.de",
     .mailbox = u"migration",
     .street = u"Martin-Luther-Straße 9",
     .tags = u"Asylverfahrensberatung;Migrationsberatung;Schuldnerberatung",
     .hours = u"Mo–Do 9–12 Uhr",
     .languages = u"de;en;fa"},
    {.name = u"DRK-Kreisverband Beispielland e. V.",
     .area = Area::Housing,
     .town = kSeat,
     .staff = kStaffShelter,
     .minStaff = 2,
     .maxStaff = 3,
     .domain = u"drk-beispielland.de",
     .street = u"Rotkreuzweg 2",
     .tags = u"Gemeinschaftsunterkunft;Kleiderkammer;Betreuung"},
    {.name = u"AWO Kreisverband Beispielland e. V. – Jugendmigrationsdienst",
     .area = Area::Education,
     .town = 3,
     .staff = kStaffYouthMigration,
     .minStaff = 2,
     .maxStaff = 3,
     .domain = u"awo-beispielland.de",
     .mailbox = u"jmd",
     .street = u"Friedrich-Ebert-Straße 22",
     .tags = u"Jugendmigrationsdienst;junge Erwachsene;Ausbildung",
     .hours = u"Mo–Fr 9–13 Uhr, Do bis 17 Uhr",
     .languages = u"de;en"},
    {.name = u"Psychosoziales Zentrum für Geflüchtete Beispielland",
     .area = Area::Health,
     .town = 3,
     .staff = kStaffTrauma,
     .minStaff = 3,
     .maxStaff = 4,
     .domain = u"psz-beispielland.de",
     .mailbox = u"kontakt",
     .street = u"Gartenstraße 14",
     .tags = u"Trauma;Psychotherapie;Beratung",
     .notes = u"Anmeldung über die Beratungsstellen oder direkt. Wartezeit für Therapieplätze "
              u"derzeit etwa vier Monate. Sprachmittlung wird vom Zentrum organisiert.",
     .languages = u"de;en;ar;fa;ku"},
    {.name = u"Frauenberatungsstelle Lichtblick e. V.",
     .area = Area::Social,
     .town = kSeat,
     .staff = kStaffWomen,
     .minStaff = 2,
     .maxStaff = 2,
     .domain = u"lichtblick-beispielland.de",
     .mailbox = u"beratung",
     .street = u"",
     .tags = u"Frauen;Gewaltschutz;Beratung",
     .hours = u"Mo–Fr 9–13 Uhr",
     .notes = u"Die Adresse wird zum Schutz der Klientinnen nur nach Rücksprache weitergegeben.",
     .languages = u"de;en;ar"},
    {.name = u"Volkshochschule Beispielland",
     .area = Area::Education,
     .town = kSeat,
     .staff = kStaffLanguageSchool,
     .minStaff = 3,
     .maxStaff = 4,
     .domain = u"vhs-beispielland.de",
     .street = u"Schillerstraße 5",
     .tags = u"Integrationskurse;Sprachkurse;Einstufungstest",
     .hours = u"Mo–Do 9–12 Uhr und 14–16 Uhr\nFr 9–12 Uhr"},
    {.name = u"Sprachschule Brückenwort GmbH",
     .area = Area::Education,
     .town = 3,
     .staff = kStaffLanguageSchool,
     .minStaff = 2,
     .maxStaff = 2,
     .domain = u"brueckenwort-sprachschule.de",
     .street = u"Bahnhofsplatz 3",
     .tags = u"Berufssprachkurse;Integrationskurse;Alphabetisierung"},
    {.name = u"Kreiskrankenhaus Bergheim am See – Sozialdienst",
     .area = Area::Health,
     .town = kSeat,
     .staff = kStaffHospital,
     .minStaff = 2,
     .maxStaff = 3,
     .domain = u"kreiskrankenhaus-bergheim.de",
     .mailbox = u"sozialdienst",
     .street = u"Klinikweg 1",
     .tags = u"Krankenhaus;Sozialdienst;Entlassmanagement"},
    {.name = u"Sprachmittlerpool Beispielland",
     .area = Area::Health,
     .town = 2,
     .staff = kStaffInterpreters,
     .minStaff = 4,
     .maxStaff = 5,
     .directDial = false,
     .domain = u"sprachmittlerpool-beispielland.de",
     .mailbox = u"anfragen",
     .street = u"",
     .tags = u"Sprachmittlung;Dolmetschen;Arztbegleitung",
     .notes = u"Anfragen mindestens drei Werktage vorher per E-Mail. Einsätze in Arztpraxen, "
              u"Schulen und Behörden.",
     .languages = u"de;ar;fa;prs;ku;tr;uk;ru;ti"},
    {.name = u"Kreiswohnungsbau Beispielland GmbH",
     .area = Area::Housing,
     .town = kSeat,
     .staff = kStaffLandlord,
     .minStaff = 2,
     .maxStaff = 3,
     .domain = u"kreiswohnungsbau-bl.de",
     .mailbox = u"vermietung",
     .street = u"Hafenstraße 7",
     .tags = u"Wohnungen;Vermietung;Sozialwohnungen"},
    {.name = u"Ehrenamtsbörse Beispielland",
     .area = Area::Volunteering,
     .town = kSeat,
     .staff = kStaffVolunteerAgency,
     .minStaff = 2,
     .maxStaff = 2,
     .domain = u"ehrenamt-beispielland.de",
     .street = u"Am Schlossberg 5",
     .tags = u"Ehrenamt;Vermittlung;Fortbildung",
     .hours = u"Di und Do 10–13 Uhr"},
    {.name = u"Tafel Beispielland e. V.",
     .area = Area::Volunteering,
     .town = 3,
     .staff = kStaffFoodBank,
     .minStaff = 2,
     .maxStaff = 3,
     .directDial = false,
     .domain = u"tafel-beispielland.de",
     .street = u"Lagerstraße 11",
     .tags = u"Lebensmittel;Ausgabestelle",
     .hours = u"Ausgabe: Di und Fr 14–16 Uhr"},
    {.name = u"Berufsbildende Schule Beispielland",
     .area = Area::Work,
     .town = kSeat,
     .staff = kStaffSchool,
     .minStaff = 2,
     .maxStaff = 3,
     .domain = u"bbs-beispielland.de",
     .mailbox = u"sekretariat",
     .street = u"Berufsschulstraße 1",
     .tags = u"Berufsvorbereitung;BVJ-Sprache;Ausbildung"},
    {.name = u"Refugee Law Clinic Beispielland e. V.",
     .area = Area::Social,
     .town = kSeat,
     .staff = kStaffLegal,
     .minStaff = 2,
     .maxStaff = 2,
     .directDial = false,
     .domain = u"rlc-beispielland.de",
     .mailbox = u"beratung",
     .street = u"Universitätsweg 2",
     .tags = u"Rechtsberatung;Asylrecht",
     .hours = u"Sprechstunde jeden 1. und 3. Mittwoch, 17–19 Uhr",
     .languages = u"de;en;fr"},
    {.name = u"Polizeiinspektion Bergheim am See",
     .area = Area::Public,
     .town = kSeat,
     .staff = kStaffPolice,
     .minStaff = 1,
     .maxStaff = 1,
     .domain = u"polizei-beispielland.de",
     .mailbox = u"pi.bergheim",
     .street = u"Wachstraße 4",
     .tags = u"Prävention;Opferschutz"},
    {.name = u"Integrationsbeirat des Landkreises Beispielland",
     .area = Area::Public,
     .town = kSeat,
     .staff = kStaffBoard,
     .minStaff = 2,
     .maxStaff = 2,
     .directDial = false,
     .mailbox = u"integrationsbeirat",
     .street = u"Am Schlossberg 1",
     .tags = u"Beirat;Mitbestimmung",
     .languages = u"de;ar;tr"},
    {.name = u"Rufbereitschaft Unterkünfte (nur intern)",
     .area = Area::Internal,
     .town = kSeat,
     .staff = kStaffStandby,
     .minStaff = 3,
     .maxStaff = 3,
     .mailbox = u"rufbereitschaft",
     .street = u"",
     .tags = u"Notfall;Unterkünfte",
     .hours = u"Mo–Fr 17–22 Uhr\nSa, So und feiertags 9–20 Uhr",
     .notes = u"Nur für Notfälle in den Unterkünften. Nummer nicht an Bewohnerinnen und Bewohner "
              u"weitergeben."},

    // One of each per municipality.
    {.name = u"Koordinierungsstelle Flüchtlingshilfe {der}",
     .area = Area::Public,
     .town = kEachTown,
     .staff = kStaffTownOffice,
     .minStaff = 2,
     .maxStaff = 4,
     .domain = u"{domain}",
     .mailbox = u"fluechtlingshilfe",
     .street = u"{rathaus}",
     .tags = u"Koordination;Flüchtlingshilfe;Ehrenamt",
     .hours = u"Di 9–12 Uhr und Do 14–17 Uhr im Rathaus",
     .languages = u"de;en"},
    {.name = u"{initiative}",
     .area = Area::Town,
     .town = kEachTown,
     .staff = kStaffInitiative,
     .minStaff = 4,
     .maxStaff = 6,
     .directDial = false,
     .domain = u"{name}.de",
     .mailbox = u"kontakt",
     .tags = u"Ehrenamt;Patenschaften;Sprachcafé;Begegnung",
     .hours = u"Offener Treff mittwochs 15–18 Uhr im Gemeindehaus",
     .notes = u"Neue Ehrenamtliche sind jederzeit willkommen, Einführungsabend jeden ersten "
              u"Montag im Monat.",
     .languages = u"de;en"},
    {.name = u"{zweite}",
     .area = Area::Volunteering,
     .town = kEachTown,
     .staff = kStaffSmallInitiative,
     .minStaff = 1,
     .maxStaff = 2,
     .directDial = false,
     .domain = u"{name}.de",
     .mailbox = u"kontakt",
     .tags = u"Sachspenden;Ehrenamt",
     .hours = u"Di 15–18 Uhr, Sa 10–12 Uhr"},
    {.name = u"Grundschule {ort}",
     .area = Area::Town,
     .town = kEachTown,
     .staff = kStaffSchool,
     .minStaff = 2,
     .maxStaff = 4,
     .domain = u"gs-{slug}.de",
     .mailbox = u"sekretariat",
     .tags = u"Grundschule;DaZ;Schulanmeldung",
     .hours = u"Sekretariat: Mo–Fr 7:30–12:30 Uhr"},
    {.name = u"{schule}",
     .area = Area::Education,
     .town = kEachTown,
     .staff = kStaffSchool,
     .minStaff = 2,
     .maxStaff = 2,
     .domain = u"{name}.de",
     .mailbox = u"sekretariat",
     .tags = u"Schule;Sprachförderklasse;Berufsorientierung"},
    {.name = u"{kita}",
     .area = Area::Town,
     .town = kEachTown,
     .staff = kStaffKita,
     .minStaff = 1,
     .maxStaff = 3,
     .directDial = false,
     .domain = u"{name}.de",
     .mailbox = u"leitung",
     .tags = u"Kita;Sprachförderung"},
    {.name = u"{praxis}",
     .area = Area::Town,
     .town = kEachTown,
     .staff = kStaffPractice,
     .minStaff = 2,
     .maxStaff = 3,
     .directDial = false,
     .domain = u"{name}.de",
     .mailbox = u"praxis",
     .tags = u"Hausarzt;Gesundheit",
     .hours = u"Mo–Fr 8–12 Uhr\nMo, Di, Do 15–18 Uhr",
     .notes = u"Neue Patientinnen und Patienten nur nach telefonischer Anmeldung."},
    {.name = u"Gemeinschaftsunterkunft {ort}",
     .area = Area::Housing,
     .town = kEachTown,
     .staff = kStaffShelter,
     .minStaff = 2,
     .maxStaff = 3,
     .directDial = false,
     .domain = u"drk-beispielland.de",
     .mailbox = u"gu-{slug}",
     .street = u"{unterkunft}",
     .tags = u"Gemeinschaftsunterkunft;Betreuung",
     .hours = u"Büro: Mo–Fr 9–15 Uhr",
     .notes = u"Betrieben vom DRK-Kreisverband im Auftrag des Landkreises."},
    {.name = u"Bürgerbüro {der}",
     .area = Area::Town,
     .town = kEachTown,
     .staff = kStaffCitizensOffice,
     .minStaff = 1,
     .maxStaff = 3,
     .domain = u"{domain}",
     .mailbox = u"buergerbuero",
     .street = u"{rathaus}",
     .tags = u"Meldewesen;Bürgerbüro",
     .hours = u"Mo–Fr 8–12 Uhr\nDo 14–18 Uhr"},

    // Only in the larger towns.
    {.name = u"Kinderarztpraxis am Seeufer Bergheim am See",
     .area = Area::Health,
     .town = kSeat,
     .staff = kStaffPaediatrics,
     .minStaff = 2,
     .maxStaff = 2,
     .directDial = false,
     .domain = u"kinderarzt-seeufer.de",
     .mailbox = u"praxis",
     .tags = u"Kinderarzt;U-Untersuchungen",
     .hours = u"Mo–Fr 8–12 Uhr\nMo, Di, Do 15–17 Uhr"},
    {.name = u"Kinder- und Jugendarztpraxis Dornfelden",
     .area = Area::Health,
     .town = 3,
     .staff = kStaffPaediatrics,
     .minStaff = 2,
     .maxStaff = 2,
     .directDial = false,
     .domain = u"kinderarzt-dornfelden.de",
     .mailbox = u"praxis",
     .tags = u"Kinderarzt;Impfungen"},
};

// People without an organization in the list: freelancers and volunteers.
struct Freelancer {
    Area area;
    Function function;
    const char16_t *tags;
};

constexpr Freelancer kFreelancers[] = {
    {Area::Health,
     {u"Freiberufliche Sprachmittlerin", u"Freiberuflicher Sprachmittler"},
     u"Sprachmittlung;Dolmetschen"},
    {Area::Social,
     {u"Rechtsanwältin für Aufenthalts- und Asylrecht",
      u"Rechtsanwalt für Aufenthalts- und Asylrecht"},
     u"Rechtsberatung;Asylrecht"},
    {Area::Volunteering,
     {u"Ehrenamtliche Familienpatin", u"Ehrenamtlicher Familienpate"},
     u"Patenschaften;Ehrenamt"},
    {Area::Town,
     {u"Ehrenamtliche Deutschlehrerin", u"Ehrenamtlicher Deutschlehrer"},
     u"Sprachkurse;Ehrenamt"},
    {Area::Education, {u"Lernpatin", u"Lernpate"}, u"Hausaufgabenhilfe;Ehrenamt"},
    {Area::Public, {u"Kulturmittlerin", u"Kulturmittler"}, u"Kulturmittlung;Begegnung"},
    {Area::Work, {u"Jobpatin", u"Jobpate"}, u"Bewerbungen;Ehrenamt"},
};

constexpr const char16_t *kStreets[] = {
    u"Bahnhofstraße", u"Hauptstraße",    u"Schulstraße",  u"Kirchgasse",   u"Lindenweg",
    u"Gartenstraße",  u"Mühlenweg",      u"Talstraße",    u"Bergstraße",   u"Goethestraße",
    u"Am Marktplatz", u"Im Wiesengrund", u"Auf der Höhe", u"Große Straße", u"Weiherstraße",
    u"Brunnenstraße", u"Eichenweg",      u"Rosenstraße",  u"Am Bach",      u"Ringstraße",
};

constexpr const char16_t *kMobilePrefixes[] = {u"0151", u"0152", u"0157", u"0160",
                                               u"0162", u"0170", u"0171", u"0176"};

constexpr const char16_t *kPersonNotes[] = {
    u"Bevorzugt Kontakt per E-Mail.",
    u"Teilzeit, erreichbar Mo–Mi.",
    u"Zuständig für die Buchstaben A–K.",
    u"Zuständig für die Buchstaben L–Z.",
    u"Vertretung über das Sekretariat.",
    u"Ist auch Ansprechperson für Ehrenamtliche.",
    u"Rückruf in der Regel innerhalb von zwei Werktagen.",
    u"Termine nur nach Vereinbarung.",
    u"Begleitet auch Termine bei Behörden.",
    u"Nimmt regelmäßig an den Austauschtreffen des Landkreises teil.",
    u"Neu im Team seit diesem Jahr.",
};

constexpr const char16_t *kPersonHours[] = {
    u"Mo–Mi 8–13 Uhr (Teilzeit)",
    u"Di und Do 9–12 Uhr",
    u"Mo–Fr 9–12 Uhr, Do 14–17 Uhr",
    u"nach Vereinbarung",
};

// ---------------------------------------------------------------------------
// Documents

struct DocTemplate {
    Area area;
    bool eachTown;
    const char16_t *title;
    const char16_t *category;
    const char16_t *tags;
    const char16_t *description;
};

constexpr DocTemplate kDocuments[] = {
    {Area::Public, false, u"Kontaktliste der kommunalen Koordinierungsstellen", u"liste",
     u"Kontakte;Koordination",
     u"Alle Koordinierungsstellen Flüchtlingshilfe im Landkreis mit Ansprechpersonen, Telefon "
     u"und Sprechzeiten. Stand: aktuelles Quartal."},
    {Area::Public, false,
     u"Flyer \u201EWillkommen im Landkreis Beispielland\u201C (Deutsch, Arabisch, Ukrainisch)",
     u"flyer", u"Willkommen;mehrsprachig",
     u"Erste Orientierung für Neuankommende: Behörden, Beratungsstellen, Sprachkurse, "
     u"Notrufnummern."},
    {Area::Public, false, u"Kurzanleitung Helfernetz für neue Mitglieder", u"sonstiges",
     u"Anleitung;Helfernetz",
     u"Anmelden, Bereiche, Kontakte suchen, Dokumente herunterladen, offline arbeiten.\n\n"
     u"Zwei Seiten, zum Ausdrucken."},
    {Area::Public, false, u"Jahresbericht Flüchtlingsarbeit 2025", u"sonstiges",
     u"Bericht;Statistik",
     u"Zahlen, Entwicklungen und Schwerpunkte der Flüchtlingsarbeit im Landkreis Beispielland "
     u"im Jahr 2025."},
    {Area::Public, false, u"Schaubild: Netzwerk der Akteure im Landkreis", u"schaubild",
     u"Netzwerk;Übersicht",
     u"Wer macht was? Kreisverwaltung, Jobcenter, Gemeinden, Wohlfahrtsverbände und "
     u"Initiativen auf einen Blick."},
    {Area::Public, false, u"Übersicht Sprachcafés und Begegnungsangebote", u"liste",
     u"Sprachcafé;Begegnung",
     u"Sprachcafés, Treffpunkte und Begegnungsangebote in allen Gemeinden mit Tag, Uhrzeit und "
     u"Ort."},
    {Area::Social, false, u"Merkblatt Wohnsitzauflage und Umzug", u"sonstiges",
     u"Wohnsitzauflage;Aufenthaltsrecht",
     u"Was die Wohnsitzauflage bedeutet, wann ein Umzug möglich ist und welche Stellen beteiligt "
     u"sind."},
    {Area::Social, false, u"Schaubild: Zuständigkeiten AsylbLG und SGB II", u"schaubild",
     u"AsylbLG;SGB II;Zuständigkeiten",
     u"Welche Stelle ist wann zuständig – vom Asylantrag bis zum Leistungsbezug beim Jobcenter."},
    {Area::Social, false, u"Checkliste Familiennachzug", u"liste", u"Familiennachzug;Checkliste",
     u"Unterlagen, Fristen und Ansprechpartner für den Familiennachzug. Mit freundlicher "
     u"Genehmigung der Migrationsberatung."},
    {Area::Social, false, u"Vollmacht für Terminbuchungen bei Behörden", u"formular",
     u"Vollmacht;Formular",
     u"Vorlage: Vollmacht, mit der Koordinierungsstellen und Ehrenamtliche Termine im Auftrag "
     u"buchen dürfen."},
    {Area::Social, false, u"Protokoll Kompetenzteam Soziale Betreuung – Januar", u"protokoll",
     u"Protokoll;Kompetenzteam",
     u"Themen: Wartezeiten Migrationsberatung, Übergang AsylbLG/SGB "
     u"II, Schulungen für Ehrenamtliche."},
    {Area::Social, false, u"Protokoll Kompetenzteam Soziale Betreuung – März", u"protokoll",
     u"Protokoll;Kompetenzteam",
     u"Themen: Familiennachzug, Vollmachten, Sprechstunden der Ausländerbehörde."},
    {Area::Housing, false, u"Richtwerte angemessene Kosten der Unterkunft 2026", u"liste",
     u"KdU;Miete", u"Mietobergrenzen nach Haushaltsgröße und Gemeinde, gültig ab 1. April 2026."},
    {Area::Housing, false, u"Checkliste Auszug aus der Gemeinschaftsunterkunft", u"formular",
     u"Auszug;Wohnung;Checkliste",
     u"Mietvertrag, Kostenübernahme, Erstausstattung, Ummeldung, Rundfunkbeitrag, "
     u"Schlüsselübergabe."},
    {Area::Housing, false, u"Formular Meldung von freiem Wohnraum", u"formular",
     u"Wohnraum;Vermieter",
     u"Für Vermieterinnen und Vermieter: Angaben zur Wohnung, Miete und Ansprechperson."},
    {Area::Housing, false, u"Schaubild: Von der Erstaufnahme in die eigene Wohnung", u"schaubild",
     u"Unterbringung;Ablauf",
     u"Erstaufnahme, Zuweisung, Gemeinschaftsunterkunft, Anschlussunterbringung, eigene "
     u"Wohnung."},
    {Area::Volunteering, false, u"Protokoll Austauschtreffen Ehrenamt – Frühjahr 2026",
     u"protokoll", u"Protokoll;Ehrenamt",
     u"Rund 40 Teilnehmende aus allen Gemeinden. Themen: Versicherungsschutz, Fahrdienste, "
     u"Fortbildungen."},
    {Area::Volunteering, false, u"Ehrenamtsvereinbarung und Antrag Führungszeugnis", u"formular",
     u"Ehrenamt;Führungszeugnis",
     u"Vereinbarung für Ehrenamtliche und Bestätigung zur gebührenfreien Beantragung des "
     u"erweiterten Führungszeugnisses."},
    {Area::Volunteering, false, u"Merkblatt Versicherungsschutz im Ehrenamt", u"sonstiges",
     u"Versicherung;Ehrenamt",
     u"Unfall- und Haftpflichtversicherung für Ehrenamtliche, Fahrten mit dem eigenen Auto."},
    {Area::Volunteering, false, u"Flyer Fortbildungsprogramm Ehrenamt 2026", u"flyer",
     u"Fortbildung;Ehrenamt",
     u"Interkulturelle Kommunikation, Psychische Erste Hilfe, Grenzen der Beratung im Ehrenamt."},
    {Area::Education, false, u"Merkblatt Schulanmeldung für neu zugewanderte Kinder", u"sonstiges",
     u"Schule;Anmeldung",
     u"Ablauf der Schulanmeldung, Schuleingangsuntersuchung, Sprachförderklassen."},
    {Area::Education, false, u"Liste Integrationskurse und Berufssprachkurse im Landkreis",
     u"liste", u"Sprachkurse;Integrationskurse",
     u"Träger, Kursarten, Niveaus, Beginn und freie Plätze. Wird monatlich aktualisiert."},
    {Area::Education, false, u"Flyer Jugendmigrationsdienst", u"flyer",
     u"Jugendmigrationsdienst;junge Erwachsene",
     u"Beratung für junge Menschen von 12 bis 27 Jahren: Schule, Ausbildung, Beruf."},
    {Area::Work, false, u"Schaubild: Wege in Ausbildung und Arbeit", u"schaubild",
     u"Ausbildung;Arbeit;Übersicht",
     u"Sprachkurs, Anerkennung, Praktikum, Ausbildung, Arbeit – mit den zuständigen Stellen."},
    {Area::Work, false, u"Antrag auf Übernahme von Fahrtkosten zum Sprachkurs", u"formular",
     u"Fahrtkosten;Sprachkurs;Formular",
     u"Für Teilnehmende an Integrations- und Berufssprachkursen."},
    {Area::Work, false, u"Protokoll Netzwerktreffen Ausbildung und Arbeit", u"protokoll",
     u"Protokoll;Netzwerk",
     u"Themen: Praktikumsplätze im Handwerk, Führerschein, Anerkennung in der Pflege."},
    {Area::Health, false, u"Flyer Psychosoziales Zentrum (mehrsprachig)", u"flyer",
     u"Psychosoziale Beratung;mehrsprachig",
     u"Angebote und Anmeldung in Deutsch, Arabisch, Dari, Kurdisch und Ukrainisch."},
    {Area::Health, false, u"Liste Arztpraxen mit Fremdsprachenkenntnissen", u"liste",
     u"Arztpraxen;Sprachen",
     u"Haus-, Kinder- und Fachärzte im Landkreis mit den Sprachen, die in der Praxis gesprochen "
     u"werden."},
    {Area::Health, false, u"Schweigepflichtentbindung (Deutsch/Arabisch/Ukrainisch/Dari)",
     u"formular", u"Schweigepflicht;Formular;mehrsprachig",
     u"Vorlage zur Entbindung von der Schweigepflicht gegenüber Beratungsstellen und "
     u"Sprachmittlung."},
    {Area::Health, false, u"Hinweise zur Gesundheitskarte für Leistungsberechtigte", u"sonstiges",
     u"Gesundheitskarte;AsylbLG",
     u"Was die elektronische Gesundheitskarte abdeckt und was weiter beantragt werden muss."},
    {Area::Internal, false, u"Belegungsübersicht Gemeinschaftsunterkünfte", u"liste",
     u"Belegung;Unterkünfte", u"Belegte und freie Plätze je Unterkunft, wöchentlich aktualisiert."},
    {Area::Internal, false, u"Vorlage Pressemitteilung", u"sonstiges", u"Presse;Vorlage",
     u"Vorlage mit Hinweisen zur Abstimmung mit der Pressestelle."},
    {Area::Internal, false, u"Protokoll Dienstbesprechung Koordinierungsstellen", u"protokoll",
     u"Protokoll;intern", u"Personalsituation, Vertretungen, Vorbereitung Sozialausschuss."},
    {Area::Town, true, u"Protokoll Runder Tisch Integration {ort}", u"protokoll",
     u"Protokoll;Runder Tisch", u"Protokoll der letzten Sitzung des Runden Tisches {der}."},
    {Area::Town, true, u"Flyer Sprachcafé {ort}", u"flyer", u"Sprachcafé;Flyer",
     u"Zum Aushängen in der Unterkunft, im Rathaus und in den Geschäften."},
};

// ---------------------------------------------------------------------------
// Discussions. "{ort}" is the thread's municipality (or any), "{der}" its
// "der Gemeinde ...", "{datum}" a date a few days after the post, "{name}"
// the given name of the person answered.

struct Topic {
    Area area;
    bool eachTown;
    const char16_t *title;
    const char16_t *opening;
    std::array<const char16_t *, 5> replies;
    bool pinned = false;
    bool locked = false;
    int maxPosts = 16;
};

constexpr Topic kTopics[] = {
    {Area::Public,
     false,
     u"Willkommen im Bereich \u201E\u00D6ffentlich\u201C – bitte zuerst lesen",
     u"Herzlich willkommen bei **Helfernetz**!\n\nIn diesem Bereich finden alle Angemeldeten – "
     u"auch "
     u"Gäste – die wichtigsten Ansprechpartner, Flyer und Termine der Flüchtlingsarbeit im "
     u"Landkreis Beispielland.\n\nBitte beachten:\n\n- keine personenbezogenen Daten von "
     u"Geflüchteten in Beiträgen\n- Fragen zu Einzelfällen bitte in den Kompetenzteams oder "
     u"direkt an die Beratungsstellen\n- Termine und geänderte Sprechzeiten gern hier posten\n\n"
     u"Fragen zur Plattform an "
     u"[integration@kreis-beispielland.de](mailto:integration@kreis-beispielland.de).",
     {u"Danke für die Einrichtung! Sehr übersichtlich.",
      u"Eine Kurzanleitung für neue Mitglieder liegt jetzt unter *Dokumente*."},
     true,
     true,
     3},
    {Area::Public,
     false,
     u"Termine 2026: Austauschtreffen Flüchtlingsarbeit im Landkreis",
     u"Hier sammeln wir die Termine der kreisweiten Austauschtreffen 2026:\n\n- **{datum}**, 17 "
     u"Uhr – Kreishaus Bergheim am See, Sitzungssaal 1\n- Juni: Treffen in {ort} (Termin "
     u"folgt)\n- September: Fachtag *Ehrenamt stärken*\n\nThemenwünsche gern als Antwort.",
     {u"Themenwunsch: Wohnungssuche nach der Anerkennung – das beschäftigt uns in {ort} gerade "
      u"sehr.",
      u"Können wir beim nächsten Treffen auch über die Arbeitsaufnahme während des Asylverfahrens "
      u"sprechen?",
      u"Für das Treffen in {ort} könnten wir das Gemeindehaus zur Verfügung stellen.",
      u"Die Einladung mit Tagesordnung geht zwei Wochen vorher über den Verteiler raus."},
     true},
    {Area::Public,
     false,
     u"Ausländerbehörde: nur noch Termine nach Vereinbarung",
     u"Die Ausländerbehörde stellt auf **reine Terminvergabe** um, die offenen Sprechstunden "
     u"entfallen.\n\nTermine gibt es online oder telefonisch. Bitte gebt das an die Familien "
     u"weiter, die ihr begleitet.",
     {u"Gilt das auch für die Abholung der elektronischen Aufenthaltstitel?",
      u"Ja, auch die Abholung nur mit Termin.",
      u"Für Menschen ohne Internetzugang ist das schwierig. Können die Koordinierungsstellen "
      u"Termine für sie buchen?",
      u"Mit einer Vollmacht ja. Die Vorlage liegt im Bereich *Soziale Betreuung* unter "
      u"*Dokumente*.",
      u"In {ort} bieten wir dafür jetzt dienstags eine Sprechstunde im Rathaus an."}},
    {Area::Public,
     false,
     u"Sprachcafés im Landkreis – wo gibt es was?",
     u"Ich versuche, eine Übersicht über alle Sprachcafés zu erstellen. Bitte ergänzt Ort, Tag "
     u"und Uhrzeit:\n\n- {ort}: mittwochs 15–17 Uhr, Gemeindehaus\n- Bergheim am See: freitags "
     u"16 Uhr, Stadtbibliothek",
     {u"Cellerbach: donnerstags 18 Uhr im Pfarrheim, mit Kinderbetreuung.",
      u"In Eichental gibt es seit Januar ein Sprachcafé nur für Frauen, dienstags 10 Uhr.",
      u"Dornfelden: *Café International* jeden Samstag 14–17 Uhr im Bürgerhaus.",
      u"Ich habe alles zusammengefasst und unter *Dokumente* abgelegt."}},
    {Area::Social,
     false,
     u"Familiennachzug: Erfahrungen mit der Terminvergabe",
     u"Wir begleiten derzeit mehrere Familien beim Familiennachzug. Die Wartezeiten auf Termine "
     u"bei den Auslandsvertretungen sind sehr unterschiedlich.\n\nWelche Erfahrungen habt ihr "
     u"gemacht? Wie können wir die Familien in der Wartezeit unterstützen?",
     {u"Wichtig ist vor allem, dass alle Unterlagen **vollständig und übersetzt** vorliegen. "
      u"Sonst geht es wieder von vorn los.",
      u"Die Migrationsberatung hat eine Checkliste dafür, ich frage, ob wir sie hier ablegen "
      u"dürfen.",
      u"Bei uns hat es knapp ein Jahr gedauert. Die Familie hat in der Zeit viel Halt im "
      u"Sprachcafé gefunden.",
      u"Die Checkliste liegt jetzt unter *Dokumente*."}},
    {Area::Social,
     false,
     u"Migrationsberatung: aktuelle Wartezeiten",
     u"Kurze Info aus der Migrationsberatung: Für Ersttermine gibt es derzeit Wartezeiten von "
     u"**drei bis vier Wochen**. Dringende Fälle (Fristen!) bitte telefonisch ankündigen, dann "
     u"finden wir eine Lösung.",
     {u"Danke für die Offenheit. Können Ehrenamtliche Fristsachen direkt melden?",
      u"Ja, gern per Telefon oder per Mail mit dem Stichwort *Frist* im Betreff.",
      u"Die Diakonie hat gerade etwas kürzere Wartezeiten, nur als Hinweis."}},
    {Area::Social,
     false,
     u"Briefe vom Amt verstehen – Vorlagen für Ehrenamtliche?",
     u"Viele Ehrenamtliche fragen, wie sie bei Briefen von Jobcenter und Ausländerbehörde helfen "
     u"können, ohne Rechtsberatung zu machen. Gibt es Vorlagen oder Schulungen?",
     {u"Die Refugee Law Clinic bietet einmal im Quartal eine Schulung *Grenzen der Beratung im "
      u"Ehrenamt* an.",
      u"Wir arbeiten mit einer einfachen Regel: **erklären ja, entscheiden nein**. Bei "
      u"Widersprüchen immer an die Beratungsstellen verweisen.",
      u"Eine Übersicht der wichtigsten Fristen wäre hilfreich:\n\n- Widerspruch: meist ein Monat\n"
      u"- Klage: je nach Bescheid zwei Wochen oder ein Monat",
      u"Ich stelle die Schulungstermine in den Bereich *Engagement und Ehrenamt*."}},
    {Area::Social,
     false,
     u"Übergang AsylbLG → SGB II: was ist zu beachten?",
     u"Nach der Anerkennung wechseln die Leistungen vom Sozialamt zum Jobcenter. Immer wieder "
     u"entstehen dabei Lücken. Wie stellen wir sicher, dass niemand ohne Geld dasteht?",
     {u"Wichtig: den Antrag beim Jobcenter **sofort** nach Zugang des Bescheids stellen, nicht "
      u"erst auf die Aufenthaltserlaubnis warten.",
      u"Das Sozialamt leistet bis zum Monatsende weiter, wenn der Wechsel rechtzeitig gemeldet "
      u"wird.",
      u"Können wir dazu ein gemeinsames Merkblatt von Sozialamt und Jobcenter erstellen?",
      u"Der Entwurf des Merkblatts ist in Abstimmung, ich melde mich."}},
    {Area::Housing,
     false,
     u"Wohnraum gesucht: Familie mit vier Kindern",
     u"Eine Familie aus der Gemeinschaftsunterkunft in {ort} sucht dringend eine Wohnung: "
     u"mindestens **vier Zimmer**, gern im ganzen Kreisgebiet, Miete im Rahmen der "
     u"KdU-Richtwerte.\n\nHinweise bitte direkt an mich.",
     {u"In {ort} wird im Sommer eine Wohnung der Kreiswohnungsbau frei, ich gebe den Kontakt "
      u"weiter.",
      u"Wir hatten gute Erfahrungen mit privaten Vermietern über die Kirchengemeinde. Vielleicht "
      u"ein Aufruf im Gemeindebrief?",
      u"Die Familie hat eine Wohnung gefunden – danke an alle!"}},
    {Area::Housing,
     false,
     u"Auszug aus der Gemeinschaftsunterkunft: Checkliste",
     u"Für den Auszug in eine eigene Wohnung haben wir eine Checkliste zusammengestellt:\n\n1. "
     u"Mietvertrag prüfen lassen\n2. Kostenübernahme beantragen\n3. Erstausstattung beantragen\n"
     u"4. Ummeldung im Bürgerbüro\n5. Strom und Internet anmelden\n\nFehlt etwas?",
     {u"Punkt 6: Befreiung vom Rundfunkbeitrag beantragen, wenn Leistungen bezogen werden.",
      u"Und die Schlüsselübergabe in der Unterkunft dokumentieren, sonst gibt es später Ärger.",
      u"Ergänzt und unter *Dokumente* abgelegt."}},
    {Area::Housing,
     false,
     u"Angemessene Kosten der Unterkunft 2026 – neue Werte",
     u"Der Landkreis hat die Richtwerte für die angemessenen Kosten der Unterkunft aktualisiert. "
     u"Sie gelten ab dem 1. April. Die Tabelle liegt unter *Dokumente*.",
     {u"Gilt das auch für laufende Mietverträge?",
      u"Nein, nur für neue Verträge und Umzüge. Bestehende Verträge werden bei der nächsten "
      u"Überprüfung angepasst.",
      u"Die Werte für Einpersonenhaushalte sind leider immer noch sehr knapp."}},
    {Area::Housing,
     false,
     u"Archiv: Winterhilfe 2025 – Verteilung von Heizlüftern",
     u"Die Aktion ist abgeschlossen: Es wurden **46 Heizlüfter** und **120 Decken** verteilt. "
     u"Danke an alle Beteiligten! Der Thread wird geschlossen.",
     {u"Danke für die Organisation!",
      u"Nächstes Mal sollten wir früher anfangen, die Nachfrage war im Dezember am größten."},
     false,
     true,
     5},
    {Area::Volunteering,
     false,
     u"Fortbildung: Interkulturelle Kommunikation für Ehrenamtliche",
     u"Am **{datum}** bietet die Ehrenamtsbörse eine Fortbildung *Interkulturelle Kommunikation* "
     u"an (9–15 Uhr, Kreishaus). Anmeldung bis eine Woche vorher.\n\nDie Teilnahme ist "
     u"kostenlos, Fahrtkosten werden erstattet.",
     {u"Ich melde mich an und bringe noch zwei Leute aus {ort} mit.",
      u"Wird die Fortbildung wiederholt? An dem Tag kann ich leider nicht.",
      u"Ja, im Herbst gibt es einen zweiten Termin.",
      u"Gibt es eine Teilnahmebescheinigung? Die brauchen wir für die Ehrenamtskarte."}},
    {Area::Volunteering,
     false,
     u"Versicherungsschutz im Ehrenamt",
     u"Frage in die Runde: Wie sind unsere Ehrenamtlichen versichert, wenn sie zum Beispiel "
     u"Geflüchtete zum Arzt fahren? Unfall- und Haftpflicht?",
     {u"Über die Sammelversicherung des Landes sind Ehrenamtliche unfall- und "
      u"haftpflichtversichert, allerdings **nachrangig** zur eigenen Versicherung.",
      u"Bei Fahrten mit dem eigenen Auto gilt die Kfz-Versicherung des Halters. Das sollte man "
      u"vorher wissen.",
      u"Ein Merkblatt dazu wäre toll, die Frage kommt bei jedem Einführungsabend."}},
    {Area::Volunteering,
     false,
     u"Fahrdienste zu Arztterminen organisieren",
     u"In {ort} gibt es keine Fachärzte, und der Bus fährt nur zweimal am Tag. Wir möchten einen "
     u"Fahrdienst mit Ehrenamtlichen organisieren. Hat jemand Erfahrung damit?",
     {u"Wir koordinieren das über eine Messenger-Gruppe und eine Tabelle mit festen "
      u"Zeitfenstern.",
      u"Fragt beim Sozialamt nach, Fahrtkosten zu Facharztterminen werden unter Umständen "
      u"übernommen.",
      u"Der Bürgerbus in Eichental nimmt nach Anmeldung auch Fahrten zu Arztterminen an."}},
    {Area::Volunteering,
     false,
     u"Ehrenamtspreis des Landkreises – Vorschläge bis Monatsende",
     u"Der Landkreis vergibt wieder den Ehrenamtspreis. Vorschläge für Personen oder "
     u"Initiativen aus der Flüchtlingsarbeit bitte bis Monatsende an die "
     u"Ehrenamtskoordination.",
     {u"Ich schlage das Team der Fahrradwerkstatt Rückenwind vor – seit Jahren jede Woche im "
      u"Einsatz.",
      u"Das Sprachcafé in {ort} hätte es auch verdient!",
      u"Die Vorschläge sind eingegangen, danke! Die Jury tagt im nächsten Monat."}},
    {Area::Education,
     false,
     u"Schulanmeldung neu zugewanderter Kinder – Ablauf",
     u"Wie läuft derzeit die Schulanmeldung für neu zugewanderte Kinder? Wir begleiten eine "
     u"Familie mit zwei Kindern (7 und 12 Jahre) in {ort}.",
     {u"Grundschulkinder werden direkt an der zuständigen Grundschule angemeldet. Für die "
      u"Zwölfjährige ist das Bildungsbüro der erste Ansprechpartner.",
      u"Wichtig ist die **Schuleingangsuntersuchung** beim Gesundheitsamt, die dauert manchmal "
      u"ein paar Wochen.",
      u"Die Realschule plus hat eine Sprachförderklasse, dort sind noch Plätze frei."}},
    {Area::Education,
     false,
     u"Kita-Plätze: Wartelisten und Brückenangebote",
     u"Die Wartelisten für Kita-Plätze sind lang. Gibt es in euren Gemeinden Brückenangebote, "
     u"zum Beispiel Spielgruppen mit Elternbegleitung?",
     {u"In {ort} gibt es zweimal pro Woche eine Spielgruppe im Gemeindehaus, betreut von zwei "
      u"Erzieherinnen im Ruhestand.",
      u"Das Jugendamt fördert solche Angebote, der Antrag läuft über das Bildungsbüro.",
      u"Gute Erfahrungen haben wir mit Eltern-Kind-Gruppen in Kombination mit einem Deutschkurs "
      u"für die Mütter."}},
    {Area::Education,
     false,
     u"Hausaufgabenhilfe – Ehrenamtliche gesucht",
     u"Die Grundschule {ort} sucht Ehrenamtliche für die Hausaufgabenhilfe, **montags und "
     u"mittwochs 13:30–15 Uhr**. Vorkenntnisse sind nicht nötig.",
     {u"Ich kann mittwochs, bitte meinen Kontakt weitergeben.",
      u"Braucht man dafür ein erweitertes Führungszeugnis?",
      u"Ja, das erweiterte Führungszeugnis ist nötig. Für Ehrenamtliche ist es gebührenfrei."}},
    {Area::Education,
     false,
     u"Berufsorientierung für Jugendliche ohne Schulabschluss",
     u"Einige Jugendliche, die mit 16 oder 17 angekommen sind, fallen durchs Raster: zu alt für "
     u"die Regelschule, noch nicht so weit für eine Ausbildung. Welche Angebote kennt ihr?",
     {u"Die Berufsbildende Schule hat das *BVJ-Sprache*, ein Jahr mit Schwerpunkt Deutsch und "
      u"Praxis.",
      u"Der Jugendmigrationsdienst berät bis 27 Jahre, auch zu Schulabschlüssen.",
      u"Wir sollten das beim nächsten Treffen mit dem Kompetenzteam Ausbildung und Arbeit "
      u"ansprechen."}},
    {Area::Work,
     false,
     u"Anerkennung ausländischer Berufsabschlüsse – wer hilft?",
     u"Wer ist im Landkreis die richtige Stelle für die Anerkennung von Berufsabschlüssen? "
     u"Konkret geht es um eine Pflegefachkraft und einen Elektriker.",
     {u"Für Pflegeberufe ist das Landesamt zuständig, für Handwerksberufe die Handwerkskammer. "
      u"Eine erste Beratung macht das Team Migration im Jobcenter.",
      u"Die Kosten für Übersetzungen und Gebühren können unter Umständen übernommen werden.",
      u"Für die Pflegefachkraft lohnt sich eine Anpassungsqualifizierung, das Kreiskrankenhaus "
      u"bietet Plätze an."}},
    {Area::Work,
     false,
     u"Berufssprachkurse: Wartezeiten und Einstufung",
     u"Derzeit gibt es lange Wartezeiten für Berufssprachkurse auf B2-Niveau. Kennt jemand "
     u"Träger mit freien Plätzen?",
     {u"Die Sprachschule Brückenwort in Dornfelden startet im nächsten Monat einen neuen "
      u"B2-Kurs.",
      u"Die VHS hat noch Plätze im Abendkurs, allerdings nur in Bergheim am See.",
      u"Wichtig: vorher den Einstufungstest machen, sonst wird die Anmeldung nicht angenommen."}},
    {Area::Work,
     false,
     u"Praktikumsplätze im Handwerk",
     u"Die Kreishandwerkerschaft bietet **zwölf Praktikumsplätze** für Geflüchtete an, unter "
     u"anderem in Bäckereien, Kfz-Werkstätten und im Elektrohandwerk. Interessierte bitte über "
     u"das Jobcenter melden.",
     {u"Super Angebot! Gibt es auch Plätze in {ort}?",
      u"Zwei Betriebe sind in {ort}, die anderen in Bergheim am See und Dornfelden.",
      u"Die Betriebe wünschen sich ein Sprachniveau von mindestens A2."}},
    {Area::Work,
     false,
     u"Führerschein – Förderung über das Jobcenter?",
     u"Ohne Führerschein ist Arbeit auf dem Land kaum zu erreichen. Wird der Führerschein "
     u"gefördert?",
     {u"Im Einzelfall ja, wenn er für eine konkrete Arbeitsaufnahme nötig ist. Antrag über die "
      u"Integrationsfachkraft.",
      u"Es gibt inzwischen Fahrschulen mit Theorieunterricht auf Arabisch und Ukrainisch.",
      u"Die Theorieprüfung kann in mehreren Sprachen abgelegt werden, das hilft sehr."}},
    {Area::Health,
     false,
     u"Sprachmittlung bei Arztterminen – wer trägt die Kosten?",
     u"Immer wieder die Frage: Wer bezahlt die Sprachmittlung beim Arzt? Die Praxen in {ort} "
     u"fragen uns das regelmäßig.",
     {u"Bei Leistungsberechtigten nach AsylbLG kann das Sozialamt die Kosten übernehmen – "
      u"**vorher** beantragen.",
      u"Der Sprachmittlerpool vermittelt ehrenamtliche Sprachmittlerinnen kostenlos, für "
      u"Facharzttermine gibt es eine Aufwandsentschädigung.",
      u"Für kurze Termine hat sich auch Video-Dolmetschen bewährt."}},
    {Area::Health,
     false,
     u"Psychotherapie: lange Wartezeiten",
     u"Das Psychosoziale Zentrum meldet Wartezeiten von etwa vier Monaten für Therapieplätze. Was "
     u"können wir in der Zwischenzeit tun?",
     {u"Stabilisierungsgruppen überbrücken die Wartezeit, die nächste beginnt in Bergheim am "
      u"See.",
      u"In akuten Krisen bitte immer den Sozialpsychiatrischen Dienst oder die Notaufnahme "
      u"einschalten.",
      u"Wir bieten eine Schulung *Psychische Erste Hilfe* für Ehrenamtliche an, Termine folgen."}},
    {Area::Health,
     false,
     u"Impfangebote in den Gemeinschaftsunterkünften",
     u"Das Gesundheitsamt bietet im nächsten Monat wieder Impfsprechstunden direkt in den "
     u"Gemeinschaftsunterkünften an. Die Termine hängen in den Unterkünften aus.",
     {u"Gibt es mehrsprachige Aufklärungsbögen?",
      u"Ja, auf Arabisch, Dari, Ukrainisch, Türkisch und Tigrinya.",
      u"In {ort} wäre ein Termin am Nachmittag besser, vormittags sind viele im Sprachkurs."}},
    {Area::Health,
     false,
     u"Gesundheitskarte für Leistungsberechtigte",
     u"Seit diesem Jahr gibt es die elektronische Gesundheitskarte auch für Leistungsberechtigte "
     u"nach AsylbLG. Behandlungsscheine entfallen weitgehend.",
     {u"Sehr gut, das spart viele Wege zum Sozialamt.",
      u"Wie lange dauert es, bis die Karte da ist? Gilt bis dahin der Behandlungsschein?",
      u"Ja, bis die Karte ausgegeben ist, gilt der Behandlungsschein weiter."}},
    {Area::Internal,
     false,
     u"Belegungsplanung Gemeinschaftsunterkünfte – 2. Quartal",
     u"Stand der Belegung (belegt / Plätze):\n\n- Altbrunn: 38 / 45\n- Bergheim am See: 112 / "
     u"120\n- Cellerbach: 27 / 40\n- Dornfelden: 85 / 90\n- Eichental: 21 / 30\n\nZuweisungen "
     u"im nächsten Quartal: voraussichtlich 60 Personen.",
     {u"Dornfelden ist fast voll. Können wir Zuweisungen nach Cellerbach lenken?",
      u"Cellerbach kann bis zu zehn weitere Personen aufnehmen, vorzugsweise Familien.",
      u"Die neue Unterkunft in Eichental ist ab dem Sommer bezugsfertig."},
     true},
    {Area::Internal,
     false,
     u"Vorbereitung Sozialausschuss: Bericht Integration",
     u"Für den Sozialausschuss brauchen wir bis **{datum}** Zahlen und kurze Berichte aus den "
     u"Gemeinden. Bitte jeweils drei bis fünf Sätze zu Unterbringung, Ehrenamt und besonderen "
     u"Herausforderungen.",
     {u"Der Bericht aus {ort} kommt bis Freitag.",
      u"Sollen wir auch die Zahlen zu den Sprachkursen aufnehmen?",
      u"Ja, bitte mit Teilnehmenden und Wartezeiten."}},
    {Area::Internal,
     false,
     u"Personalsituation in den Koordinierungsstellen",
     u"Zwei Stellen in den Koordinierungsstellen sind seit Monaten unbesetzt. Wie regeln wir die "
     u"Vertretung bis zur Neubesetzung?",
     {u"Wir könnten die Sprechstunden in {ort} vorübergehend mit der Nachbargemeinde "
      u"zusammenlegen.",
      u"Die Ausschreibung läuft noch bis Monatsende, es gibt schon Bewerbungen.",
      u"Bitte auch die Ehrenamtlichen vor Ort informieren, damit niemand vor verschlossener Tür "
      u"steht."}},

    // One of each per municipality.
    {Area::Town,
     true,
     u"Runder Tisch Integration {ort}: nächste Sitzung",
     u"Der nächste Runde Tisch Integration findet am **{datum}** um 18 Uhr im Rathaus statt.\n\n"
     u"Tagesordnung:\n\n1. Bericht der Koordinierungsstelle\n2. Wohnraum\n3. Sprachcafé und "
     u"Begegnungsangebote\n4. Verschiedenes\n\nErgänzungen bitte hier.",
     {u"Ich würde gern kurz über die Hausaufgabenhilfe an der Grundschule berichten.",
      u"Können wir Punkt 2 an den Anfang setzen? Die Vermieterin kann nur bis 18:30 Uhr.",
      u"Das Protokoll der letzten Sitzung liegt unter *Dokumente*.", u"Ich bringe Kuchen mit."},
     true},
    {Area::Town,
     true,
     u"Kleiderkammer {ort}: Sachspenden und Öffnungszeiten",
     u"Die Kleiderkammer in {ort} ist wieder geöffnet: **dienstags 15–18 Uhr** und **samstags "
     u"10–12 Uhr**.\n\nWir brauchen dringend:\n\n- Winterjacken für Kinder\n- Bettwäsche\n- "
     u"Töpfe und Pfannen\n\nBitte keine Möbel!",
     {u"Wir haben noch zwei Kartons Kinderkleidung. Wann können wir sie vorbeibringen?",
      u"Abgabe bitte nur zu den Öffnungszeiten, außerhalb nichts vor die Tür stellen.",
      u"Für Möbel gibt es eine Tauschbörse in Bergheim am See, ich suche den Kontakt raus."}},
    {Area::Town,
     true,
     u"Deutschkurs für Mütter mit Kinderbetreuung in {ort}",
     u"Wir möchten in {ort} einen Deutschkurs für Mütter mit Kinderbetreuung anbieten. Die VHS "
     u"stellt eine Lehrkraft, wir suchen noch **Räume** und **Ehrenamtliche für die "
     u"Kinderbetreuung**.",
     {u"Das Gemeindehaus ist vormittags frei, ich frage beim Pfarramt nach.",
      u"Ich kann dienstags die Kinderbetreuung übernehmen.",
      u"Der Kurs beginnt am {datum}, Anmeldung über die Koordinierungsstelle."}},
    {Area::Town,
     true,
     u"Wohnungsangebote in {ort}",
     u"Sammelthread für Wohnungsangebote in {ort}. Bitte nur Angebote mit Größe, Miete und "
     u"Ansprechperson posten, **keine Namen von Geflüchteten**.",
     {u"3 Zimmer, 72 m², Kaltmiete 520 €, ab sofort. Kontakt über die Koordinierungsstelle.",
      u"Kleine Einliegerwohnung, 38 m², für eine Person. Die Vermieterin möchte vorher ein "
      u"Kennenlerngespräch.",
      u"Die Wohnung in der Gartenstraße ist vergeben."}},
    {Area::Town,
     true,
     u"Mobilität in {ort}: Fahrräder und Bürgerbus",
     u"Viele Geflüchtete in {ort} sind auf das Fahrrad angewiesen. Die Fahrradwerkstatt sucht "
     u"gespendete Fahrräder und Ersatzteile.",
     {u"Wir haben drei Kinderfahrräder abzugeben.",
      u"Der Bürgerbus fährt jetzt auch samstags, der Fahrplan hängt im Rathaus.",
      u"Ein Fahrradkurs für Frauen wäre toll. Gibt es da Interesse?",
      u"Der Fahrradclub im Landkreis bietet solche Kurse an, ich frage nach einem Termin."}},
    {Area::Town,
     true,
     u"Begegnungsfest in {ort} – Helferinnen und Helfer gesucht",
     u"Am **{datum}** feiern wir das Begegnungsfest auf dem Marktplatz. Wir suchen Helferinnen "
     u"und Helfer für:\n\n- Aufbau (ab 9 Uhr)\n- Kuchen- und Essensstand\n- Kinderprogramm\n- "
     u"Abbau (ab 18 Uhr)",
     {u"Ich helfe beim Aufbau.",
      u"Die Familien aus der Unterkunft möchten einen Stand mit syrischen und ukrainischen "
      u"Spezialitäten machen.",
      u"Für das Kinderprogramm können wir Kinderschminken und eine Hüpfburg organisieren."}},
};

// Building blocks of the other replies.
constexpr const char16_t *kGreetings[] = {
    u"Danke, {name}!",
    u"Vielen Dank für die Info!",
    u"Danke für den Hinweis.",
    u"Hallo zusammen,",
    u"Liebe alle,",
    u"Hallo {name},",
    u"Super, danke!",
    u"Guter Punkt.",
    u"Hallo in die Runde,",
    u"Danke euch!",
};

constexpr const char16_t *kStatements[] = {
    u"Ich gebe das an unser Team weiter.",
    u"Gibt es dazu schon einen Termin? Ich könnte am {datum} vormittags.",
    u"Wir haben ähnliche Erfahrungen gemacht. Wichtig ist vor allem, dass die Familien "
    u"**frühzeitig** informiert werden.",
    u"Ich habe das Thema für das nächste Austauschtreffen auf die Tagesordnung gesetzt.",
    u"Aus {ort} kann ich berichten, dass es gut funktioniert, seit es eine feste Ansprechperson "
    u"gibt.",
    u"Sehe ich genauso. Vielleicht können wir eine kurze Übersicht erstellen und hier im Bereich "
    u"ablegen?",
    u"Ich kümmere mich darum und melde mich bis {datum}.",
    u"Gibt es dazu auch Material in anderen Sprachen? Viele Familien sprechen Dari oder Tigrinya.",
    u"Das hilft uns sehr weiter.",
    u"Zur Info: Das aktualisierte Merkblatt liegt jetzt unter *Dokumente*.",
    u"Können wir das beim nächsten Treffen am {datum} besprechen? Per Mail wird das schnell "
    u"unübersichtlich.",
    u"Bei uns hat sich bewährt:\n\n- eine feste Ansprechperson\n- kurze Wege zur Verwaltung\n- "
    u"Termine immer schriftlich bestätigen",
    u"Ohne die Ehrenamtlichen wäre das alles nicht zu schaffen.",
    u"Kleine Ergänzung: Bitte immer auch die **Fristen** im Blick behalten, die stehen meist ganz "
    u"unten im Bescheid.",
    u"Ich habe bei der Kreisverwaltung nachgefragt, die Antwort kommt voraussichtlich Anfang "
    u"nächster Woche.",
    u"Gibt es hierzu schon Erfahrungen aus anderen Gemeinden?",
    u"Falls jemand Unterstützung braucht, meldet euch gern direkt bei mir.",
    u"Weitere Informationen gibt es auf "
    u"[kreis-beispielland.de/integration](https://www.kreis-beispielland.de/integration).",
    u"Ich bin ab {datum} zwei Wochen im Urlaub, die Vertretung übernimmt die "
    u"Koordinierungsstelle.",
    u"Frage in die Runde: Wie handhabt ihr das in euren Gemeinden?",
    u"Bitte auch uns aus {ort} in den Verteiler aufnehmen.",
    u"Kurzes Update: Wir haben das inzwischen so umgesetzt, und es läuft gut.",
    u"Das sollten wir unbedingt auch den Ehrenamtlichen in {ort} weitergeben.",
    u"Das kann ich bestätigen, die Zusammenarbeit mit dem Jobcenter läuft inzwischen deutlich "
    u"besser.",
    u"Wäre es möglich, die Informationen auch in *Leichter Sprache* anzubieten?",
    u"Wir drucken die Infos mehrsprachig aus und hängen sie in der Unterkunft aus.",
    u"Gute Idee! Ich spreche das mit der Gemeindeverwaltung ab.",
    u"Leider hat sich bei uns noch nichts getan, wir bleiben dran.",
    u"Wer kann am {datum} die Vertretung übernehmen?",
    u"Ich übernehme das.",
    u"Das Thema kam auch beim Runden Tisch in {ort} auf, dort gab es dieselben Fragen.",
    u"Ich schlage vor, wir sammeln die Punkte hier und stellen sie dann gebündelt der "
    u"Kreisverwaltung vor.",
    u"So machen wir es:\n\n> Erst Termin vereinbaren, dann Unterlagen prüfen, dann gemeinsam "
    u"hingehen.\n\nDas spart allen Zeit.",
    u"Gibt es dazu eine Ansprechperson beim Landkreis?",
    u"Die Telefonnummer der Beratungsstelle steht bei den Kontakten im Bereich *Öffentlich*.",
};

constexpr const char16_t *kClosings[] = {
    u"Viele Grüße", u"Viele Grüße aus {ort}", u"Beste Grüße", u"LG", u"Bis bald",
};

constexpr const char16_t *kWeekdays[] = {u"Montag",  u"Dienstag", u"Mittwoch", u"Donnerstag",
                                         u"Freitag", u"Samstag",  u"Sonntag"};
constexpr const char16_t *kMonths[] = {u"Januar",    u"Februar", u"März",     u"April",
                                       u"Mai",       u"Juni",    u"Juli",     u"August",
                                       u"September", u"Oktober", u"November", u"Dezember"};

// ---------------------------------------------------------------------------
// Helpers

QString str(const char16_t *text) {
    return QString::fromUtf16(text);
}

QStringList splitList(const char16_t *text) {
    return str(text).split(u';', Qt::SkipEmptyParts);
}

// Lower-case ASCII for e-mail addresses and domains: "Größe" -> "groesse",
// "Yılmaz" -> "yilmaz", "Café International" -> "cafe-international".
QString asciiFold(const QString &text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        switch (c.unicode()) {
        case u'ä':
        case u'Ä':
            out += QStringLiteral("ae");
            break;
        case u'ö':
        case u'Ö':
            out += QStringLiteral("oe");
            break;
        case u'ü':
        case u'Ü':
            out += QStringLiteral("ue");
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        case u'ı':
            out += u'i';
            break;
        case u'ł':
            out += u'l';
            break;
        default:
            out += c;
        }
    }
    QString ascii;
    for (const QChar c : out.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() >= 128)
            continue; // combining marks: "ş" -> "s"
        if (c.isLetterOrNumber())
            ascii += c.toLower();
        else if (c == u' ' || c == u'-')
            ascii += u'-';
        else if (c == u'.')
            ascii += u'.';
    }
    // "e. V." and the like leave runs of separators behind.
    static const QRegularExpression runs(QStringLiteral("[-.]*-[-.]*"));
    ascii.replace(runs, QStringLiteral("-"));
    while (ascii.endsWith(u'-') || ascii.endsWith(u'.'))
        ascii.chop(1);
    return ascii;
}

// The organization's name for a domain: without legal form and town.
QString domainName(const QString &orgName, const Town &town) {
    QString name = orgName;
    for (const QString &noise : {QStringLiteral(" e. V."), QStringLiteral(" GmbH")})
        name.remove(noise);
    name.replace(str(town.name), str(town.slug));
    return asciiFold(name);
}

QString fillTown(const char16_t *text, const Town &town) {
    QString out = str(text);
    out.replace(QStringLiteral("{ort}"), str(town.name));
    out.replace(QStringLiteral("{der}"), str(town.ofThe));
    out.replace(QStringLiteral("{domain}"), str(town.domain));
    out.replace(QStringLiteral("{initiative}"), str(town.initiative));
    out.replace(QStringLiteral("{zweite}"), str(town.second));
    out.replace(QStringLiteral("{kita}"), str(town.kita));
    out.replace(QStringLiteral("{praxis}"), str(town.practice));
    out.replace(QStringLiteral("{schule}"), str(town.school));
    out.replace(QStringLiteral("{unterkunft}"), str(town.shelterStreet));
    out.replace(QStringLiteral("{rathaus}"), str(town.townHall));
    out.replace(QStringLiteral("{slug}"), str(town.slug));
    return out;
}

QString firstName(const QString &displayName) {
    QString name = displayName;
    name.remove(QStringLiteral("Dr. "));
    return name.section(u' ', 0, 0);
}

// Random choices from the one seeded engine. Only `engine() % n` is used:
// the distributions of <random> differ between standard libraries, the
// engine's output does not.
class Dice {
public:
    explicit Dice(std::uint32_t seed)
        : m_engine(seed) {}

    int below(int bound) { return int(m_engine() % std::uint32_t(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template <typename T, std::size_t N> const T &pick(const T (&items)[N]) {
        return items[below(int(N))];
    }
    template <typename T> const T &pick(std::span<const T> items) {
        return items[std::size_t(below(int(items.size())))];
    }
    template <typename T> const T &pick(const QList<T> &items) {
        return items.at(below(int(items.size())));
    }

    QString digits(int count) {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + (i == 0 ? between(1, 9) : below(10)));
        return out;
    }

    // A version 4 UUID made of the engine's output.
    QString uuid() {
        QByteArray bytes(16, '\0');
        for (int i = 0; i < 16; i += 4) {
            const std::uint32_t word = m_engine();
            for (int b = 0; b < 4; ++b)
                bytes[i + b] = char((word >> (8 * b)) & 0xff);
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    template <typename T> void shuffle(QList<T> &items) {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }

private:
    std::mt19937 m_engine;
};

struct Person {
    QString given;
    QString family;
    bool female = true;
    QStringList languages; // besides German
};

struct PostedDocument {
    QString id;
    QDateTime createdAt;
};

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kHistoryDays = 180;

class Generator {
public:
    Generator(std::uint32_t seed, const QDateTime &now)
        : m_dice(seed)
        , m_now(now.toUTC())
        , m_start(m_now.addDays(-kHistoryDays)) {
        for (const NamePool &pool : kNamePools)
            m_poolWeights += pool.weight;
    }

    DemoDataset run() {
        makeSpaces();
        makeUsers();
        makeContacts();
        makeDocuments();
        makeThreads();
        std::stable_sort(
            m_out.records.begin(), m_out.records.end(),
            [](const Record &a, const Record &b) { return a.meta.createdAt < b.meta.createdAt; });
        return std::move(m_out);
    }

private:
    // --- spaces and accounts ------------------------------------------------

    void makeSpaces() {
        const auto add = [&](const QString &name, const QString &description,
                             common::SpaceKind kind, bool guestVisible) {
            common::Space space;
            space.id = m_dice.uuid();
            space.name = name;
            space.description = description;
            space.kind = kind;
            space.guestVisible = guestVisible;
            space.createdAt = m_start.addDays(-20).addSecs(qint64(m_out.spaces.size()) * 60);
            m_out.spaces.append(space);
        };
        add(QStringLiteral("Öffentlich"),
            QStringLiteral("Offen für alle Angemeldeten, auch für Gäste: zentrale "
                           "Ansprechpartner, Flyer und Termine der Flüchtlingsarbeit im Landkreis "
                           "Beispielland."),
            common::SpaceKind::Public, true);
        for (const TeamSpace &team : kTeams)
            add(str(team.name), str(team.description), common::SpaceKind::Team, false);
        for (const Town &town : kTowns) {
            add(str(town.space),
                QStringLiteral("Die Flüchtlingshilfe %1: Koordinierungsstelle, Initiativen, "
                               "Runder Tisch, Angebote vor Ort.")
                    .arg(str(town.ofThe)),
                common::SpaceKind::Municipality, false);
        }
        add(QStringLiteral("Intern"),
            QStringLiteral("Nur für Mitarbeitende der Kreisverwaltung und der "
                           "Koordinierungsstellen: Planung, Belegung, interne Absprachen."),
            common::SpaceKind::Internal, false);
        m_writers.resize(kSpaceCount);
        m_documents.resize(kSpaceCount);
    }

    void makeUsers() {
        qint64 offset = 0;
        for (const Account &account : kAccounts) {
            DemoUser demo;
            common::User &user = demo.user;
            user.id = m_dice.uuid();
            user.email = str(account.email);
            user.displayName = str(account.displayName);
            user.organization = str(account.organization);
            user.municipality = account.town >= 0 ? str(kTowns[account.town].name) : QString();
            user.affiliation = account.affiliation;
            user.role = account.role;
            user.status = common::AccountStatus::Active;
            user.createdAt = m_start.addDays(-30).addMSecs(offset);
            user.updatedAt = user.createdAt;
            offset += 2 * kHour + m_dice.below(60) * kMinute;
            demo.password = str(account.password);
            demo.purpose = str(account.purpose);
            m_emails.insert(user.email);
            m_out.users.append(demo);
        }
        m_adminId = m_out.users.first().user.id;
        for (common::Space &space : m_out.spaces)
            space.createdBy = m_adminId;

        for (qsizetype i = 0; i < m_out.users.size(); ++i) {
            const common::User &user = m_out.users.at(i).user;
            m_givenName.insert(user.id, firstName(user.displayName));
            for (const Grant &grant : kAccounts[i].grants) {
                if (grant.town == kNoGrant)
                    break;
                const int index = spaceIndex(grant.area, grant.town);
                common::Membership membership;
                membership.spaceId = m_out.spaces.at(index).id;
                membership.userId = user.id;
                membership.level = grant.level;
                membership.grantedBy = m_adminId;
                membership.grantedAt = m_start.addDays(-19).addSecs(60 * m_out.memberships.size());
                m_out.memberships.append(membership);
                if (grant.level >= Author)
                    m_writers[index].append(user.id);
                if (grant.level == Moderator && m_moderator.value(index).isEmpty())
                    m_moderator.insert(index, user.id);
            }
        }
    }

    // --- records ------------------------------------------------------------

    Record newRecord(EntityType type, int space, const QString &author, const QDateTime &at) {
        Record record;
        record.type = type;
        record.meta.id = m_dice.uuid();
        record.meta.spaceId = m_out.spaces.at(space).id;
        record.meta.createdBy = author;
        record.meta.createdAt = at;
        record.meta.updatedBy = author;
        record.meta.updatedAt = at;
        record.fields = wire::defaultFields(type);
        return record;
    }

    QString writer(int space) {
        const QStringList &writers = m_writers.at(space);
        return writers.isEmpty() ? m_adminId : m_dice.pick(writers);
    }

    QString otherWriter(int space, const QString &previous) {
        const QStringList &writers = m_writers.at(space);
        if (writers.size() < 2)
            return writer(space);
        QString id;
        do {
            id = m_dice.pick(writers);
        } while (id == previous);
        return id;
    }

    // A time on a working day's daytime (UTC), at or after `t`.
    QDateTime daytime(QDateTime t) {
        // Drawn every time, so the number of draws never depends on the
        // clock: a seed gives the same records whatever `now` is.
        const int hourOffset = m_dice.below(3);
        const int minute = m_dice.below(60);
        const int hour = t.time().hour();
        if (hour < 7)
            t = QDateTime(t.date(), QTime(7 + hourOffset, minute), Qt::UTC);
        else if (hour >= 20)
            t = QDateTime(t.date().addDays(1), QTime(7 + hourOffset, minute), Qt::UTC);
        return t;
    }

    // A daytime between the two times (at the latest an hour before now).
    QDateTime randomTime(qint64 fromMs, qint64 toMs) {
        constexpr int kSteps = 1 << 20;
        const qint64 step = m_dice.below(kSteps);
        const qint64 span = std::max<qint64>(toMs - fromMs, 0);
        QDateTime t =
            daytime(QDateTime::fromMSecsSinceEpoch(fromMs + span / kSteps * step, Qt::UTC));
        const QDateTime latest = m_now.addMSecs(-kHour);
        return std::min(t, latest);
    }

    // A later change by someone else, now and then.
    void maybeUpdated(Record &record, int space, int percent) {
        if (!m_dice.chance(percent))
            return;
        const qint64 from = record.meta.createdAt.toMSecsSinceEpoch() + kDay;
        const qint64 to = m_now.toMSecsSinceEpoch() - kHour;
        const QDateTime at = randomTime(from, to);
        const QString by = otherWriter(space, record.meta.createdBy);
        if (from < to && at > record.meta.createdAt) {
            record.meta.updatedAt = at;
            record.meta.updatedBy = by;
        }
    }

    QString uniqueEmail(const QString &local, const QString &domain) {
        QString email = local + u'@' + domain;
        for (int n = 2; m_emails.contains(email); ++n)
            email = local + QString::number(n) + u'@' + domain;
        m_emails.insert(email);
        return email;
    }

    Person person() {
        int roll = m_dice.below(m_poolWeights);
        qsizetype pool = 0;
        while (roll >= kNamePools[pool].weight)
            roll -= kNamePools[pool++].weight;
        const NamePool &origin = kNamePools[pool];
        Person p;
        p.female = m_dice.chance(62);
        p.given = m_dice.pick(splitList(p.female ? origin.female : origin.male));
        // Now and then a German family name by marriage.
        const NamePool &family = pool > 0 && m_dice.chance(10) ? kNamePools[0] : origin;
        const QStringList names = splitList(family.family);
        const int index = m_dice.below(int(names.size()));
        p.family = p.female && family.familyFemale ? splitList(family.familyFemale).at(index)
                                                   : names.at(index);
        p.languages = splitList(origin.languages);
        return p;
    }

    QJsonObject phone(const QString &kind, const QString &number) {
        return {{QStringLiteral("kind"), kind}, {QStringLiteral("number"), number}};
    }

    QString mobileNumber() {
        return str(m_dice.pick(kMobilePrefixes)) + u' ' + m_dice.digits(m_dice.between(7, 8));
    }

    QString randomStreet() {
        return str(m_dice.pick(kStreets)) + u' ' + QString::number(m_dice.between(1, 60));
    }

    QJsonObject address(const QString &street, const QString &supplement, const Town &town) {
        QJsonObject a =
            wire::defaultFields(EntityType::Contact).value(QStringLiteral("address")).toObject();
        a.insert(QStringLiteral("street"), street);
        a.insert(QStringLiteral("supplement"), supplement);
        a.insert(QStringLiteral("postal_code"), str(town.postalCode));
        a.insert(QStringLiteral("city"), str(town.name));
        return a;
    }

    static QJsonArray toArray(const QStringList &list) { return QJsonArray::fromStringList(list); }

    static QStringList withoutDuplicates(const QStringList &list) {
        QStringList out;
        QSet<QString> seen;
        for (const QString &item : list) {
            if (!seen.contains(item.toLower())) {
                seen.insert(item.toLower());
                out.append(item);
            }
        }
        return out;
    }

    QStringList someOf(const QStringList &items, int min, int max) {
        QStringList copy = items;
        m_dice.shuffle(copy);
        return copy.mid(0, std::min<qsizetype>(copy.size(), m_dice.between(min, max)));
    }

    void makeContacts() {
        for (const OrgTemplate &org : kOrganizations) {
            if (org.town == kEachTown) {
                for (int t = 0; t < kTownCount; ++t)
                    makeOrganization(org, t);
            } else {
                makeOrganization(org, org.town);
            }
        }
        const int freelancers = m_dice.between(30, 36);
        for (int i = 0; i < freelancers; ++i)
            makeFreelancer(m_dice.pick(kFreelancers));
    }

    void makeOrganization(const OrgTemplate &org, int townIndex) {
        const Town &town = kTowns[townIndex];
        const int space = spaceIndex(org.area, townIndex);
        const QString name = fillTown(org.name, town);
        QString domain = fillTown(org.domain, town);
        domain.replace(QStringLiteral("{name}"), domainName(name, town));
        const QString mailbox = fillTown(org.mailbox, town);

        const QString author = writer(space);
        Record record = newRecord(
            EntityType::Contact, space, author,
            randomTime(m_start.toMSecsSinceEpoch(), m_start.addDays(25).toMSecsSinceEpoch()));
        QJsonObject &f = record.fields;
        f.insert(QStringLiteral("kind"), QStringLiteral("organization"));
        f.insert(QStringLiteral("name"), name);
        f.insert(QStringLiteral("department"), str(org.department));

        const QString area = str(town.areaCode);
        const QString exchange = m_dice.digits(m_dice.between(2, 4));
        QJsonArray phones;
        if (org.directDial) {
            phones.append(
                phone(QStringLiteral("office"), area + u' ' + exchange + QStringLiteral("-0")));
            if (m_dice.chance(75))
                phones.append(
                    phone(QStringLiteral("fax"), area + u' ' + exchange + QStringLiteral("-99")));
        } else {
            phones.append(
                phone(QStringLiteral("office"), area + u' ' + m_dice.digits(m_dice.between(4, 6))));
            if (m_dice.chance(30)) {
                phones.append(phone(QStringLiteral("fax"),
                                    area + u' ' + m_dice.digits(m_dice.between(4, 6))));
            }
        }
        f.insert(QStringLiteral("phones"), phones);
        f.insert(QStringLiteral("emails"), QJsonArray{uniqueEmail(mailbox, domain)});
        if (org.street == nullptr || org.street[0] != u'\0') {
            const QString streetLine = org.street ? fillTown(org.street, town) : randomStreet();
            f.insert(QStringLiteral("address"), address(streetLine, str(org.supplement), town));
        }
        f.insert(QStringLiteral("municipality"), str(town.name));
        f.insert(QStringLiteral("languages"), toArray(splitList(org.languages)));
        const QStringList tags = splitList(org.tags);
        f.insert(QStringLiteral("tags"), toArray(tags));
        f.insert(QStringLiteral("office_hours"), str(org.hours));
        f.insert(QStringLiteral("notes"), fillTown(org.notes, town));
        maybeUpdated(record, space, 30);
        const QDateTime orgCreated = record.meta.createdAt;
        const QString orgId = record.meta.id;
        m_out.records.append(record);

        const int staff = org.staff.empty() ? 0 : m_dice.between(org.minStaff, org.maxStaff);
        QSet<QString> extensions;
        for (int i = 0; i < staff; ++i) {
            Person p = person();
            if (i == 0 && org.leadGiven) {
                p.given = str(org.leadGiven);
                p.family = str(org.leadFamily);
                p.female = org.leadFemale;
            }
            const Function &function =
                i == 0 ? org.staff.front()
                       : m_dice.pick(org.staff.subspan(org.staff.size() > 1 ? 1 : 0));
            const QString personAuthor = writer(space);
            Record r = newRecord(EntityType::Contact, space, personAuthor,
                                 randomTime(orgCreated.toMSecsSinceEpoch() + kHour,
                                            m_now.toMSecsSinceEpoch() - kDay));
            QJsonObject &pf = r.fields;
            pf.insert(QStringLiteral("kind"), QStringLiteral("person"));
            if (function.doctor)
                pf.insert(QStringLiteral("title"), QStringLiteral("Dr. med."));
            else if (m_dice.chance(6))
                pf.insert(QStringLiteral("title"), QStringLiteral("Dr."));
            pf.insert(QStringLiteral("given_name"), p.given);
            pf.insert(QStringLiteral("family_name"), p.family);
            pf.insert(QStringLiteral("function"), str(p.female ? function.female : function.male));
            pf.insert(QStringLiteral("organization_id"), orgId);
            pf.insert(QStringLiteral("department"), str(org.department));

            QJsonArray personPhones;
            if (org.directDial) {
                QString extension;
                do {
                    extension = m_dice.digits(3);
                } while (extensions.contains(extension));
                extensions.insert(extension);
                personPhones.append(
                    phone(QStringLiteral("office"), area + u' ' + exchange + u'-' + extension));
                if (m_dice.chance(30))
                    personPhones.append(phone(QStringLiteral("mobile"), mobileNumber()));
            } else if (m_dice.chance(80)) {
                personPhones.append(phone(QStringLiteral("mobile"), mobileNumber()));
            }
            pf.insert(QStringLiteral("phones"), personPhones);

            const QString local = m_dice.chance(70)
                                      ? asciiFold(p.given) + u'.' + asciiFold(p.family)
                                      : asciiFold(p.given.left(1)) + u'.' + asciiFold(p.family);
            QJsonArray emails{uniqueEmail(local, domain)};
            if (m_dice.chance(8))
                emails.append(uniqueEmail(asciiFold(p.family), QStringLiteral("mail-beispiel.de")));
            pf.insert(QStringLiteral("emails"), emails);
            pf.insert(QStringLiteral("municipality"), str(town.name));

            QStringList languages{QStringLiteral("de")};
            languages += p.languages;
            if (m_dice.chance(40))
                languages.append(QStringLiteral("en"));
            if (m_dice.chance(5))
                languages.append(QStringLiteral("fr"));
            pf.insert(QStringLiteral("languages"), toArray(withoutDuplicates(languages)));
            pf.insert(QStringLiteral("tags"), toArray(someOf(tags, 1, 3)));
            if (m_dice.chance(20))
                pf.insert(QStringLiteral("office_hours"), str(m_dice.pick(kPersonHours)));
            if (m_dice.chance(30))
                pf.insert(QStringLiteral("notes"), str(m_dice.pick(kPersonNotes)));
            maybeUpdated(r, space, 25);
            m_out.records.append(r);
        }
    }

    void makeFreelancer(const Freelancer &freelancer) {
        const int townIndex = m_dice.below(kTownCount);
        const Town &town = kTowns[townIndex];
        const int space = spaceIndex(freelancer.area, townIndex);
        Person p = person();
        Record r = newRecord(EntityType::Contact, space, writer(space),
                             randomTime(m_start.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch()));
        QJsonObject &f = r.fields;
        f.insert(QStringLiteral("kind"), QStringLiteral("person"));
        f.insert(QStringLiteral("given_name"), p.given);
        f.insert(QStringLiteral("family_name"), p.family);
        f.insert(QStringLiteral("function"),
                 str(p.female ? freelancer.function.female : freelancer.function.male));
        QJsonArray phones{phone(QStringLiteral("mobile"), mobileNumber())};
        if (m_dice.chance(40)) {
            phones.append(phone(QStringLiteral("office"),
                                str(town.areaCode) + u' ' + m_dice.digits(m_dice.between(4, 6))));
        }
        f.insert(QStringLiteral("phones"), phones);
        f.insert(QStringLiteral("emails"),
                 QJsonArray{uniqueEmail(asciiFold(p.given) + u'.' + asciiFold(p.family),
                                        QStringLiteral("mail-beispiel.de"))});
        f.insert(QStringLiteral("address"), address(randomStreet(), QString(), town));
        f.insert(QStringLiteral("municipality"), str(town.name));
        QStringList languages{QStringLiteral("de")};
        languages += p.languages;
        if (freelancer.area == Area::Health && p.languages.isEmpty())
            languages += QStringList{QStringLiteral("ar"), QStringLiteral("fa")};
        if (m_dice.chance(50))
            languages.append(QStringLiteral("en"));
        f.insert(QStringLiteral("languages"), toArray(withoutDuplicates(languages)));
        f.insert(QStringLiteral("tags"), toArray(splitList(freelancer.tags)));
        if (m_dice.chance(50))
            f.insert(QStringLiteral("notes"), str(m_dice.pick(kPersonNotes)));
        maybeUpdated(r, space, 20);
        m_out.records.append(r);
    }

    void makeDocuments() {
        for (const DocTemplate &doc : kDocuments) {
            if (doc.eachTown) {
                for (int t = 0; t < kTownCount; ++t) {
                    if (m_dice.chance(80))
                        makeDocument(doc, t);
                }
            } else {
                makeDocument(doc, m_dice.below(kTownCount));
            }
        }
    }

    void makeDocument(const DocTemplate &doc, int townIndex) {
        const Town &town = kTowns[townIndex];
        const int space = spaceIndex(doc.area, townIndex);
        Record r = newRecord(
            EntityType::Document, space, writer(space),
            randomTime(m_start.toMSecsSinceEpoch(), m_now.addDays(-2).toMSecsSinceEpoch()));
        r.fields.insert(QStringLiteral("title"), fillTown(doc.title, town));
        r.fields.insert(QStringLiteral("description"), fillTown(doc.description, town));
        r.fields.insert(QStringLiteral("category"), str(doc.category));
        r.fields.insert(QStringLiteral("tags"), toArray(splitList(doc.tags)));
        maybeUpdated(r, space, 20);
        m_documents[space].append({r.meta.id, r.meta.createdAt});
        m_out.records.append(r);
    }

    // --- discussions ----------------------------------------------------------

    // A working day a few days after `after`: "Dienstag, 14. April".
    QString germanDate(const QDateTime &after) {
        QDate date = after.date().addDays(m_dice.between(3, 21));
        while (date.dayOfWeek() > 5)
            date = date.addDays(1);
        return QStringLiteral("%1, %2. %3")
            .arg(str(kWeekdays[date.dayOfWeek() - 1]))
            .arg(date.day())
            .arg(str(kMonths[date.month() - 1]));
    }

    QString fillPost(const QString &text, int townIndex, const QDateTime &at,
                     const QString &addressee) {
        QString out = text;
        const Town &town = kTowns[townIndex >= 0 ? townIndex : m_dice.below(kTownCount)];
        out.replace(QStringLiteral("{ort}"), str(town.name));
        out.replace(QStringLiteral("{der}"), str(town.ofThe));
        out.replace(QStringLiteral("{name}"), addressee);
        while (out.contains(QStringLiteral("{datum}")))
            out.replace(out.indexOf(QStringLiteral("{datum}")), 7, germanDate(at));
        return out;
    }

    QString genericReply(const char16_t *statement) {
        QString body = str(statement);
        if (m_dice.chance(45)) {
            const QString greeting = str(m_dice.pick(kGreetings));
            body = greeting
                   + (greeting.endsWith(u',') ? QStringLiteral("\n\n") : QStringLiteral(" "))
                   + body;
        }
        if (m_dice.chance(25))
            body += QStringLiteral("\n\n") + str(m_dice.pick(kClosings));
        return body;
    }

    void makeThreads() {
        for (const Topic &topic : kTopics) {
            if (topic.eachTown) {
                for (int t = 0; t < kTownCount; ++t)
                    makeThread(topic, t, spaceIndex(topic.area, t));
            } else {
                makeThread(topic, -1, spaceIndex(topic.area));
            }
        }
    }

    void makeThread(const Topic &topic, int townIndex, int space) {
        QStringList bodies{str(topic.opening)};
        for (const char16_t *reply : topic.replies) {
            if (reply)
                bodies.append(str(reply));
        }
        const int total =
            std::max<int>(int(bodies.size()), std::min(topic.maxPosts, m_dice.between(5, 16)));
        // Topic replies keep their order; general ones are mixed in between.
        // (Each general statement at most once per thread.)
        QList<const char16_t *> statements(std::begin(kStatements), std::end(kStatements));
        m_dice.shuffle(statements);
        QList<QString> generic;
        for (qsizetype i = bodies.size(); i < total; ++i)
            generic.append(genericReply(statements.at(i - bodies.size())));
        QStringList sequence{bodies.first()};
        qsizetype nextSpecific = 1;
        qsizetype nextGeneric = 0;
        while (sequence.size() < total) {
            const qsizetype specificLeft = bodies.size() - nextSpecific;
            const qsizetype genericLeft = generic.size() - nextGeneric;
            const bool takeSpecific =
                genericLeft == 0
                || (specificLeft > 0
                    && m_dice.below(int(specificLeft + genericLeft)) < specificLeft);
            sequence.append(takeSpecific ? bodies.at(nextSpecific++) : generic.at(nextGeneric++));
        }

        // Posts follow each other after minutes to days, in the daytime; a
        // thread that would reach past now moves back by whole days.
        QList<qint64> gaps;
        qint64 span = 0;
        while (gaps.size() + 1 < sequence.size()) {
            gaps.append(m_dice.chance(60) ? m_dice.between(10, 8 * 60) * kMinute
                                          : m_dice.between(8, 96) * kHour);
            span += gaps.last();
        }
        QList<QDateTime> times{randomTime(
            m_start.toMSecsSinceEpoch(),
            std::max(m_now.toMSecsSinceEpoch() - span - 3 * kDay, m_start.toMSecsSinceEpoch()))};
        for (const qint64 gap : gaps)
            times.append(daytime(times.last().addMSecs(gap)));
        const QDateTime latest = m_now.addSecs(-3600);
        if (times.last() > latest) {
            const qint64 days = (times.last().msecsTo(latest) - kDay + 1) / kDay; // negative
            for (QDateTime &time : times)
                time = time.addDays(days);
        }

        QStringList authors;
        for (qsizetype i = 0; i < sequence.size(); ++i) {
            authors.append(i == 0 ? writer(space) : otherWriter(space, authors.at(i - 1)));
        }

        Record thread = newRecord(EntityType::Thread, space, authors.first(), times.first());
        thread.fields.insert(QStringLiteral("title"),
                             fillPost(str(topic.title), townIndex, times.first(), QString()));
        thread.fields.insert(QStringLiteral("pinned"), topic.pinned);
        thread.fields.insert(QStringLiteral("locked"), topic.locked);
        if (topic.pinned || topic.locked) {
            thread.meta.updatedBy = m_moderator.value(space, m_adminId);
            thread.meta.updatedAt = std::min(times.last().addSecs(3600), latest);
        }

        QList<Record> posts;
        for (qsizetype i = 0; i < sequence.size(); ++i) {
            Record post = newRecord(EntityType::Post, space, authors.at(i), times.at(i));
            QString replyTo;
            // Whom a "Danke, {name}!" thanks: the opener, or the post answered.
            QString addressed = authors.first();
            QString body = sequence.at(i);
            if (i > 1 && m_dice.chance(40)) {
                const Record &answered = posts.at(m_dice.below(int(i)));
                replyTo = answered.meta.id;
                addressed = answered.meta.createdBy;
                // Quotes the answered post's first sentence line, not its greeting.
                QString quoted;
                for (const QString &line :
                     answered.fields.value(QStringLiteral("body")).toString().split(u'\n')) {
                    if (!line.isEmpty() && !line.endsWith(u',')) {
                        quoted = line;
                        break;
                    }
                }
                if (m_dice.chance(50) && !quoted.startsWith(u'>') && !quoted.startsWith(u'-')
                    && quoted.size() < 160) {
                    body = QStringLiteral("> ") + quoted + QStringLiteral("\n\n") + body;
                }
            } else if (i == 1) {
                replyTo = m_dice.chance(50) ? posts.first().meta.id : QString();
            }
            if (addressed == authors.at(i) && i > 0)
                addressed = authors.at(i - 1);
            const QString addressee = m_givenName.value(addressed);
            post.fields.insert(QStringLiteral("thread_id"), thread.meta.id);
            post.fields.insert(QStringLiteral("body"),
                               fillPost(body, townIndex, times.at(i), addressee));
            post.fields.insert(QStringLiteral("reply_to_post_id"), replyTo);
            if (body.contains(QStringLiteral("*Dokumente*"))) {
                QJsonArray attachments;
                for (const PostedDocument &doc : m_documents.at(space)) {
                    if (doc.createdAt < times.at(i)) {
                        attachments.append(doc.id);
                        break;
                    }
                }
                post.fields.insert(QStringLiteral("attachment_document_ids"), attachments);
            }
            if (m_dice.chance(5)) {
                const QDateTime edited =
                    std::min(times.at(i).addMSecs(m_dice.between(2, 90) * kMinute), latest);
                post.fields.insert(QStringLiteral("edited_at_ms"),
                                   double(edited.toMSecsSinceEpoch()));
                post.meta.updatedAt = edited;
            }
            posts.append(post);
        }
        QDateTime lastActivity = thread.meta.createdAt;
        for (const Record &post : posts)
            lastActivity = std::max(lastActivity, post.meta.updatedAt);
        thread.fields.insert(QStringLiteral("last_activity_at_ms"),
                             double(lastActivity.toMSecsSinceEpoch()));
        m_out.records.append(thread);
        m_out.records += posts;
    }

    Dice m_dice;
    QDateTime m_now;
    QDateTime m_start;
    int m_poolWeights = 0;
    DemoDataset m_out;
    QString m_adminId;
    QList<QStringList> m_writers;             // by space index: user ids, author or above
    QHash<int, QString> m_moderator;          // space index -> a moderator's user id
    QHash<QString, QString> m_givenName;      // user id -> given name
    QList<QList<PostedDocument>> m_documents; // by space index
    QSet<QString> m_emails;
};

} // namespace

qsizetype DemoDataset::count(EntityType type) const {
    return std::count_if(records.cbegin(), records.cend(),
                         [type](const Record &r) { return r.type == type; });
}

const DemoUser *DemoDataset::userByEmail(const QString &email) const {
    for (const DemoUser &demo : users) {
        if (demo.user.email == email)
            return &demo;
    }
    return nullptr;
}

void DemoDataset::replaceUserId(const QString &fromId, const QString &toId) {
    // Copies: the arguments may refer to ids this function changes.
    const QString from = fromId;
    const QString to = toId;
    const auto swap = [&](QString &id) {
        if (id == from)
            id = to;
    };
    for (DemoUser &demo : users)
        swap(demo.user.id);
    for (common::Space &space : spaces)
        swap(space.createdBy);
    for (common::Membership &membership : memberships) {
        swap(membership.userId);
        swap(membership.grantedBy);
    }
    for (Record &record : records) {
        swap(record.meta.createdBy);
        swap(record.meta.updatedBy);
    }
}

DemoDataset DemoData::generate(std::uint32_t seed, const QDateTime &now) {
    DemoDataset data = Generator(seed, now).run();
    data.seed = seed;
    return data;
}

namespace {

// Refuses a database that has anything seed() would add to.
void requireEmpty(QSqlDatabase db, const DemoDataset &data, const QString &adminEmail) {
    const qsizetype spaces = SpaceStore(db).list().size();
    qint64 content = 0;
    const QHash<QString, qint64> counts = RecordStore(db).liveCounts();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.key() != common::Bucket::directory())
            content += it.value();
    }
    if (spaces > 0 || content > 0) {
        throw common::Error::failedPrecondition(
            QStringLiteral("the database already has content (%1 spaces, %2 records); seed-demo "
                           "only fills a freshly initialised data directory, once")
                .arg(spaces)
                .arg(content));
    }
    const UserStore users(db);
    for (const DemoUser &demo : data.users) {
        if (demo.user.email != adminEmail && users.findByEmail(demo.user.email)) {
            throw common::Error::failedPrecondition(
                QStringLiteral("the database already has the demo account %1; seed-demo only "
                               "fills a freshly initialised data directory, once")
                    .arg(demo.user.email));
        }
    }
}

} // namespace

DemoSeedReport DemoData::seed(Database &database, DemoDataset data, const PasswordHasher &hasher,
                              const common::Clock &clock) {
    const QString adminEmail = data.users.first().user.email;
    // Checked before hashing (seconds of work) and again under the write lock.
    requireEmpty(database.connection(), data, adminEmail);
    const bool adminExists = UserStore(database.connection()).findByEmail(adminEmail).has_value();
    QHash<QString, QByteArray> hashes; // password -> hash
    for (const DemoUser &demo : std::as_const(data.users)) {
        if ((demo.user.email != adminEmail || !adminExists) && !hashes.contains(demo.password))
            hashes.insert(demo.password, hasher.hash(demo.password.toStdString()));
    }

    DemoSeedReport report;
    database.write([&](QSqlDatabase &db) {
        requireEmpty(db, data, adminEmail);
        report = {};
        UserStore users(db);
        if (const std::optional<common::User> admin = users.findByEmail(adminEmail)) {
            data.replaceUserId(data.users.first().user.id, admin->id);
            report.existing.append(data.users.first());
        }
        const QString adminId = data.users.first().user.id;
        for (const DemoUser &demo : std::as_const(data.users)) {
            if (!report.existing.isEmpty() && demo.user.id == adminId)
                continue;
            const auto hash = hashes.constFind(demo.password);
            if (hash == hashes.cend())
                throw common::Error::internal(QStringLiteral("demo password not hashed"));
            users.insert(demo.user, *hash, adminId);
            report.created.append(demo);
        }
        SpaceStore spaces(db);
        for (const common::Space &space : std::as_const(data.spaces))
            spaces.insert(space);
        for (const common::Membership &membership : std::as_const(data.memberships))
            spaces.setMembership(membership);
        RecordStore records(db);
        for (const Record &record : std::as_const(data.records)) {
            StoredRecord stored{record, {}};
            const qint64 seq = records.allocateSeq();
            stored.record.meta.version = seq;
            for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it)
                stored.fieldSeqs.insert(it.key(), seq);
            records.upsert(stored);
        }
        report.spaces = data.spaces.size();
        report.memberships = data.memberships.size();
        report.records = data.records.size();

        common::AuditEntry entry;
        entry.at = clock.now();
        entry.actorId = adminId;
        entry.actorEmail = adminEmail;
        entry.action = QStringLiteral("server.seed_demo");
        entry.peer = QStringLiteral("console");
        entry.details = {
            {QStringLiteral("seed"), double(data.seed)},
            {QStringLiteral("accounts"), double(report.created.size())},
            {QStringLiteral("spaces"), double(report.spaces)},
            {QStringLiteral("memberships"), double(report.memberships)},
            {QStringLiteral("contacts"), double(data.count(EntityType::Contact))},
            {QStringLiteral("documents"), double(data.count(EntityType::Document))},
            {QStringLiteral("threads"), double(data.count(EntityType::Thread))},
            {QStringLiteral("posts"), double(data.count(EntityType::Post))},
        };
        AuditLog(db).append(entry);
    });
    return report;
}

} // namespace hn::server
