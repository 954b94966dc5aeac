import type { DemoContentFile } from "../types";

/**
 * Demo content: the seven "Gemeinden" teasers of the overview page (1–7, in page order).
 * Facts of the overview page are kept; all further detail is invented demo content.
 */
export const content: DemoContentFile = {
  municipalities: [
    {
      slug: "aidlingen",
      name: "Aidlingen",
      kind: "GEMEINDE",
      landkreisSlug: "landkreis-boeblingen",
      regierungsbezirk: "STUTTGART",
      ags: "08115001",
      population: 9100,
      latitude: 48.6786,
      longitude: 8.8969,
      website: "https://www.aidlingen.de",
    },
    {
      slug: "bad-boll",
      name: "Bad Boll",
      kind: "GEMEINDE",
      landkreisSlug: "landkreis-goeppingen",
      regierungsbezirk: "STUTTGART",
      ags: "08117012",
      population: 5200,
      latitude: 48.6439,
      longitude: 9.6142,
      website: "https://www.bad-boll.de",
    },
    {
      slug: "denzlingen",
      name: "Denzlingen",
      kind: "GEMEINDE",
      landkreisSlug: "landkreis-emmendingen",
      regierungsbezirk: "FREIBURG",
      ags: "08316009",
      population: 13600,
      latitude: 48.0681,
      longitude: 7.8822,
      website: "https://www.denzlingen.de",
    },
    {
      slug: "eningen-unter-achalm",
      name: "Eningen unter Achalm",
      kind: "GEMEINDE",
      landkreisSlug: "landkreis-reutlingen",
      regierungsbezirk: "TUEBINGEN",
      ags: "08415019",
      population: 11100,
      latitude: 48.487,
      longitude: 9.265,
      website: "https://www.eningen.de",
    },
    {
      slug: "kusterdingen",
      name: "Kusterdingen",
      kind: "GEMEINDE",
      landkreisSlug: "landkreis-tuebingen",
      regierungsbezirk: "TUEBINGEN",
      ags: "08416023",
      population: 8700,
      latitude: 48.5225,
      longitude: 9.12,
      website: "https://www.kusterdingen.de",
    },
    {
      slug: "oberderdingen",
      name: "Oberderdingen",
      kind: "GEMEINDE",
      landkreisSlug: "landkreis-karlsruhe",
      regierungsbezirk: "KARLSRUHE",
      ags: "08215059",
      population: 11000,
      latitude: 49.0656,
      longitude: 8.8028,
      website: "https://www.oberderdingen.de",
    },
    {
      slug: "uhldingen-muehlhofen",
      name: "Uhldingen-Mühlhofen",
      kind: "GEMEINDE",
      landkreisSlug: "bodenseekreis",
      regierungsbezirk: "TUEBINGEN",
      ags: "08435066",
      population: 8100,
      latitude: 47.7333,
      longitude: 9.25,
      website: "https://www.uhldingen-muehlhofen.de",
    },
  ],

  profiles: [
    // 1 — Aidlingen
    {
      slug: "aidlingen-informieren-und-mitmachen",
      municipalitySlug: "aidlingen",
      title: "Informieren und mitmachen: Flüchtlingsdialog in Aidlingen",
      teaser:
        "Unter den Bürgerinnen und Bürgern der Gemeinde Aidlingen bestand großer Informationsbedarf. Es gab ein stark wahrnehmbares Interesse am Thema Integration – sowohl in der Bevölkerung als auch bei den Flüchtlingen.",
      occasion:
        "Seit Herbst 2015 hat das Landratsamt Böblingen der Gemeinde Aidlingen deutlich mehr geflüchtete Menschen zugewiesen als in den Jahren zuvor. Anfang 2016 lebten rund 90 Geflüchtete in der Gemeinschaftsunterkunft im Ortsteil Deufringen und in angemieteten Wohnungen im Kernort.\n\nIm Bürgerbüro und in den Bürgerfragestunden des Gemeinderats häuften sich die Fragen: Wer kommt nach Aidlingen, wie lange bleiben die Menschen, und wo sollen sie nach der vorläufigen Unterbringung wohnen? Zugleich meldeten sich viele Aidlingerinnen und Aidlinger im Rathaus, die helfen wollten, aber nicht wussten, wo sie anfangen sollten. Auch die Bewohnerinnen und Bewohner in Deufringen fragten ihre Betreuer nach Deutschkursen, Sportvereinen und Arbeit. Der kommunale Flüchtlingsdialog sollte diesem doppelten Interesse in Aidlingen einen geordneten Rahmen geben.",
      goals:
        "- die Bevölkerung in Aidlingen, Dachtel, Deufringen und Lehenweiler aus erster Hand über Unterbringung, Zuständigkeiten und Verfahren informieren\n- Fragen und Sorgen aus allen vier Ortsteilen offen aufnehmen und beantworten\n- die Bewohnerinnen und Bewohner der Deufringer Unterkunft als Gesprächspartner beteiligen, nicht nur als Thema\n- Interessierte für konkrete Aufgaben im Arbeitskreis Asyl Aidlingen gewinnen",
      formatSlugs: ["informationsveranstaltung", "world-cafe"],
      concept:
        "Der Dialog bestand aus zwei Abenden in der Festhalle im Kernort, bewusst getrennt in Information und Begegnung.\n\nAm **14.04.2016** berichteten Bürgermeisteramt, Landratsamt Böblingen und die Sozialbetreuung der Deufringer Unterkunft über Zahlen, Zuständigkeiten und die geplante Anschlussunterbringung. Danach blieb eine Stunde für Fragen aus dem Saal; wer nicht vor 110 Gästen sprechen wollte, konnte seine Frage auf eine Karte schreiben.\n\nAm **09.06.2016** folgte ein World Café an zehn Tischen zu Sprache, Arbeit, Wohnen, Freizeit und Nachbarschaft. An jedem Tisch saßen Einheimische und Geflüchtete gemeinsam, Tischpatinnen und -paten aus dem Arbeitskreis Asyl hielten die Ergebnisse auf Plakaten fest. Zum Schluss stellte jede Tischgruppe ihre wichtigste Idee im Plenum vor, und ein Büfett mit Gerichten aus Syrien, Eritrea und dem Gäu lud zum Weiterreden ein.",
      eventDates: ["2016-04-14", "2016-06-09"],
      eventCount: 2,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Informationsabend: Hauptamt der Gemeinde Aidlingen (intern); World Café: externe Moderatorin eines Beteiligungsbüros aus Stuttgart",
        description:
          "Den Informationsabend leitete die Hauptamtsleitung selbst, damit die Ansprechpartner im Aidlinger Rathaus für alle sichtbar wurden. Für das World Café holte die Gemeinde eine externe Moderatorin aus Stuttgart, die die zehn Tischpaten an einem Nachmittag im Mai einwies und die Plenumsrunde führte.",
      },
      topicSlugs: ["sprache", "arbeit-ausbildung", "wohnen", "ehrenamt", "begegnung"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "VERWALTUNG", "POLITIK", "KIRCHEN"],
      participantCount: 160,
      refugeeParticipation:
        "Zum World Café kamen 28 Bewohnerinnen und Bewohner der Deufringer Unterkunft, die ihre Patinnen und Paten persönlich eingeladen hatten. Vier ehrenamtliche Sprachmittler übersetzten an den Tischen ins Arabische, ins Tigrinya und ins Farsi. Die Einladung zum Juni-Abend lag in diesen drei Sprachen und auf Englisch in der Unterkunft aus.",
      languages: ["Deutsch", "Arabisch", "Tigrinya", "Farsi", "Englisch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Der Informationsabend im April war mit rund 110 Gästen voller als erwartet, in der Festhalle musste nachbestuhlt werden. Das Aidlinger World Café im Juni wirkte deutlich persönlicher. Zu knapp bemessen waren dort nur die 20 Minuten pro Tischrunde, weil das Übersetzen jedes Gespräch verlangsamte.",
      keyResults: [
        "Seit Juli 2016 erscheint im Aidlinger Amtsblatt monatlich eine Seite „Ankommen in Aidlingen“ mit aktuellen Zahlen, Terminen und Ansprechpartnern.",
        "Der Arbeitskreis Asyl Aidlingen gewann beim World Café 23 neue Helferinnen und Helfer, die meisten davon für Sprachpatenschaften.",
        "Über die Tischgruppe Freizeit fanden elf Bewohner der Deufringer Unterkunft den Weg in zwei Aidlinger Sportvereine.",
      ],
      measures:
        "- Informationsseite „Ankommen in Aidlingen“ im Amtsblatt und auf der Gemeinde-Website\n- Sprechstunde des Hauptamts zu Flüchtlingsfragen an jedem ersten Dienstag im Monat im Rathaus\n- 23 Sprachtandems aus Einheimischen und Bewohnern der Unterkunft in Deufringen\n- Schnuppertrainings bei zwei Sportvereinen und eine offene Probe des Musikvereins im Herbst 2016\n- viersprachige Aushangtafel mit allen Ansprechpartnern im Eingangsbereich der Deufringer Unterkunft",
      nextSteps:
        "Wenn im Herbst 2017 die ersten Familien aus Deufringen in Wohnungen im Kernort umziehen, lädt die Gemeinde zu einem zweiten Informationsabend zur Anschlussunterbringung ein. Der Arbeitskreis Asyl Aidlingen wertet die Sprachtandems im Frühjahr 2017 bei einem Treffen aller Patinnen und Paten aus.",
      costs: {
        total: 3420.5,
        funding: 3000,
        ownShare: 420.5,
        spentOn:
          "- Honorar der Moderatorin für Vorbereitung und Durchführung des World Cafés am 09.06.2016\n- Aufwandsentschädigung für vier Sprachmittler am Aidlinger World Café\n- Übersetzung und Druck der Einladungen für die Deufringer Unterkunft in vier Sprachen\n- Moderationsmaterial, Plakate und Büfett am Juni-Abend",
      },
      recommendations:
        "- Information und Begegnung auf zwei Abende verteilen: In Aidlingen hätten die vielen Sachfragen zur Unterbringung jedes Tischgespräch überlagert.\n- Fragekarten auslegen, damit sich auch zurückhaltende Gäste im vollen Saal der Aidlinger Festhalle zu Wort melden können.\n- Geflüchtete über ihre Patinnen und Paten persönlich einladen; ein Aushang in der Unterkunft allein hätte kaum jemanden erreicht.\n- Für jeden Tisch eine Sprachmittlerin oder einen Sprachmittler einplanen und die Tischrunden dafür auf mindestens 30 Minuten ansetzen.",
      contacts: [
        {
          function: "Hauptamtsleitung",
          office: "Bürgermeisteramt Aidlingen, Hauptamt",
          email: "hauptamt@aidlingen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Die vielen Fragen im April haben uns gezeigt, dass verlässliche Information die Voraussetzung für Engagement ist. Im Juni haben sich die Aidlingerinnen und Aidlinger dann selbst auf den Weg gemacht.",
        author: "Bürgermeisteramt Aidlingen",
        role: "Gemeinde Aidlingen",
      },
    },

    // 2 — Bad Boll
    {
      slug: "bad-boll-ideen-fuer-integration",
      municipalitySlug: "bad-boll",
      title: "Zukunftswerkstatt: Bürgerideen für die Integrationsstrategie in Bad Boll",
      teaser:
        "Das vorhandene Potenzial der Bürgerinnen und Bürger zu nutzen und ihre Ideen für eine nachhaltige Integrationsstrategie zu gewinnen, war Anlass für den Dialog in Bad Boll. In einer Zukunftswerkstatt entwickelten Einheimische und Geflüchtete gemeinsam Vorschläge für Bad Boll und Eckwälden.",
      occasion:
        "Bad Boll am Fuß der Schwäbischen Alb hat mit seinen Kurkliniken, der Evangelischen Akademie und der Brüdergemeine eine lange Tradition des bürgerschaftlichen Engagements. Als der Landkreis Göppingen 2015 und 2016 rund 70 Geflüchtete in der Gemeinde unterbrachte, gründete sich innerhalb weniger Wochen ein Freundeskreis Asyl mit über 60 Mitgliedern.\n\nAus diesem Schwung entstanden Kleiderkammer, Fahrdienst und Deutschunterricht im Gemeindehaus, allerdings ohne gemeinsamen Plan. Der Gemeinderat wollte keine Integrationsstrategie am Schreibtisch entwerfen lassen, sondern das Wissen und Können der Boller Bürgerschaft nutzen: pensionierte Lehrerinnen, Handwerksmeister, Therapeutinnen aus den Kliniken. Der Dialog sollte diese Ideen einsammeln und in eine tragfähige Strategie für die nächsten Jahre übersetzen.",
      goals:
        "Die Gemeinde wollte möglichst viele Ideen aus Bad Boll und Eckwälden sammeln, diese zu wenigen klaren Handlungsfeldern bündeln und daraus eine Integrationsstrategie ableiten, die der Gemeinderat beschließen kann. Zugleich sollten Bürgerinnen und Bürger mit besonderen Fähigkeiten sichtbar werden, die bislang nicht im Freundeskreis Asyl aktiv waren.",
      formatSlugs: ["zukunftswerkstatt", "workshop"],
      concept:
        "Herzstück war eine ganztägige Zukunftswerkstatt am Samstag, **08.10.2016**, im Bürgersaal des Rathauses, in drei Phasen:\n\n- **Kritikphase:** Was läuft in Bad Boll heute schon schwierig – beim Wohnen, bei der Sprache, beim Weg in Arbeit?\n- **Fantasiephase:** Wie sieht ein gelungenes Zusammenleben in Bad Boll im Jahr 2020 aus?\n- **Umsetzungsphase:** Welche Vorschläge lassen sich mit den Kräften der Gemeinde und ihrer Bürgerschaft verwirklichen?\n\nAm **24.11.2016** bündelte ein Abendworkshop mit 30 Teilnehmenden die gesammelten Vorschläge zu Handlungsfeldern und legte Verantwortliche fest. Die Verwaltung formulierte daraus einen Strategieentwurf, der vor der Beratung im Gemeinderat noch einmal an alle Teilnehmenden ging.",
      eventDates: ["2016-10-08", "2016-11-24"],
      eventCount: 2,
      moderation: {
        type: "EXTERN",
        organisation: "Moderation: zwei Moderatoren eines Büros für Bürgerbeteiligung aus Esslingen (extern)",
        description:
          "Zwei externe Moderatoren aus Esslingen führten durch beide Termine und wechselten sich zwischen Plenum und Kleingruppen ab. Die Verwaltung von Bad Boll hielt sich bewusst zurück und war nur mit dem Sachgebiet Soziales vertreten, um Rückfragen zu Zuständigkeiten zu beantworten.",
      },
      topicSlugs: ["integrationskonzept", "ehrenamt", "vernetzung", "arbeit-ausbildung", "sprache"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "VERWALTUNG", "POLITIK", "KIRCHEN", "VEREINE_VERBAENDE"],
      participantCount: 74,
      refugeeParticipation:
        "Zwölf Geflüchtete aus Syrien, Afghanistan und Gambia arbeiteten in der Zukunftswerkstatt in allen drei Phasen mit. Ein syrischer Lehrer, der seit 2015 in Bad Boll lebt, und eine Dari-Dolmetscherin übersetzten; mit den Gästen aus Gambia sprachen die Gruppen Englisch. Ihre Kritikpunkte zum Weg in Arbeit prägten später ein eigenes Handlungsfeld.",
      languages: ["Deutsch", "Arabisch", "Dari", "Englisch"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Die Zukunftswerkstatt im Bürgersaal hielt die Teilnehmenden trotz der Länge von neun bis siebzehn Uhr bis zum Schluss. Beim Ergebnis bleibt eine Einschränkung: Einige Vorschläge, etwa ein eigener Wohnraumfonds für Bad Boll, übersteigen die Möglichkeiten einer Gemeinde dieser Größe.",
      keyResults: [
        "Die Zukunftswerkstatt in Bad Boll brachte 146 Einzelvorschläge hervor, die im Novemberworkshop zu fünf Handlungsfeldern gebündelt wurden.",
        "Der Gemeinderat von Bad Boll hat die daraus entwickelte Integrationsstrategie im März 2017 als Leitlinie für die Verwaltung beschlossen.",
        "Eine Kompetenzbörse im Rathaus verzeichnet seitdem, welche Bürgerinnen und Bürger welches Können für Integrationsprojekte anbieten.",
      ],
      measures:
        "Die Integrationsstrategie ordnet die Boller Vorschläge fünf Handlungsfeldern zu: Sprache, Arbeit, Wohnen, Begegnung und Koordination. Daraus wurden als erste Maßnahmen umgesetzt:\n\n- Kompetenzbörse mit bislang 38 Einträgen, gepflegt vom Sachgebiet Soziales\n- Praktikumspatenschaften mit vier Handwerksbetrieben aus Bad Boll und Eckwälden\n- wöchentliches Sprachcafé mittwochs im evangelischen Gemeindehaus Bad Boll\n- Koordinierungskreis Integration aus Rathaus, Freundeskreis Asyl, Kirchengemeinden und Sozialdienst des Landkreises, der sich vierteljährlich trifft",
      nextSteps:
        "Einmal im Jahr legt die Verwaltung dem Gemeinderat von Bad Boll eine Bilanz zu den fünf Handlungsfeldern vor, erstmals im Frühjahr 2018. Gemeinsam mit Nachbargemeinden im Voralbgebiet prüft Bad Boll, ob sich eine Stelle für Integrationsmanagement aus dem Pakt für Integration teilen lässt.",
      costs: {
        total: 4860,
        funding: 3000,
        ownShare: 1860,
        spentOn:
          "- Honorar der beiden Esslinger Moderatoren für zwei Termine und die Vorbereitung\n- Fotoprotokoll und Dokumentation der Boller Zukunftswerkstatt\n- Kinderbetreuung durch zwei Erzieherinnen während des Samstags im Rathaus\n- Mittagessen für alle Teilnehmenden und Dolmetscherhonorar für beide Termine",
      },
      recommendations:
        "- Eine Zukunftswerkstatt braucht einen ganzen Tag; in Bad Boll entstanden die besten Ideen erst am Nachmittag.\n- Zwischen Ideensammlung und Beschluss einen eigenen Bündelungsworkshop einplanen, sonst bleiben 146 Zettel an der Stellwand hängen.\n- Den Strategieentwurf vor der Gemeinderatssitzung an alle Teilnehmenden schicken; das schafft Vertrauen, dass ihre Vorschläge ernst genommen werden.\n- Kinderbetreuung anbieten; in Bad Boll kamen dadurch fünf geflüchtete Mütter zur Zukunftswerkstatt.",
      contacts: [
        {
          function: "Sachgebiet Soziales und Integration",
          office: "Bürgermeisteramt Bad Boll",
          email: "integration@bad-boll.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 3 — Denzlingen
    {
      slug: "denzlingen-mit-dem-freundeskreis-asyl",
      municipalitySlug: "denzlingen",
      title: "Gemeinsam mit dem Freundeskreis Asyl: Integration in Denzlingen",
      teaser:
        "Die Integration der in Denzlingen untergebrachten Flüchtlinge in Zusammenarbeit mit dem Freundeskreis Asyl war Ziel des kommunalen Flüchtlingsdialogs. Gemeinde und Ehrenamtliche klärten dabei, wer in der Anschlussunterbringung welche Aufgaben übernimmt.",
      occasion:
        "In Denzlingen nördlich von Freiburg lebten im Sommer 2016 rund 180 geflüchtete Menschen, zunächst in der Gemeinschaftsunterkunft des Landkreises Emmendingen. Nach Ende der vorläufigen Unterbringung ist die Gemeinde selbst für sie zuständig, und 2016 zogen die ersten Familien in gemeindeeigene Wohnungen und ein umgebautes Wohnhaus an der Hauptstraße.\n\nDer Freundeskreis Asyl Denzlingen mit rund 100 Aktiven organisierte bis dahin Deutschkurse, Behördenbegleitung und einen Kleiderladen weitgehend allein. Mit dem Wechsel in die Anschlussunterbringung überschnitten sich die Aufgaben: Ehrenamtliche wussten nicht, welche Fragen sie an das Rathaus weitergeben sollten, und einige fühlten sich nach zwei Jahren Dauereinsatz erschöpft. Gemeinde und Freundeskreis Asyl Denzlingen beschlossen deshalb, ihre Zusammenarbeit im Rahmen des Flüchtlingsdialogs neu zu ordnen.",
      goals:
        "- Aufgaben von Gemeinde, Landkreis und Freundeskreis Asyl in der Anschlussunterbringung klar voneinander abgrenzen\n- einen gemeinsamen Fahrplan für die Integration der Denzlinger Neubürgerinnen und Neubürger vereinbaren\n- die rund 100 Aktiven im Denzlinger Freundeskreis entlasten und neue Mitstreiter finden\n- Geflüchtete und alteingesessene Denzlinger bei einem Fest zusammenbringen",
      formatSlugs: ["workshop", "runder-tisch", "begegnungsfest"],
      concept:
        "Der Denzlinger Dialog verlief in drei Schritten zwischen September 2016 und Mai 2017.\n\nBeim Auftaktworkshop am **17.09.2016** im Kultur- und Bürgerhaus arbeiteten 55 Teilnehmende in drei Gruppen zu Wohnen in der Anschlussunterbringung, Sprache und Bildung sowie Arbeit. Jede Gruppe hielt fest, was die Gemeinde, was der Landkreis und was der Freundeskreis übernehmen kann.\n\nAm **15.11.2016** verdichtete ein Runder Tisch im Ratssaal mit 25 Vertreterinnen und Vertretern von Verwaltung, Freundeskreis, Kirchengemeinden und Schulen die Ergebnisse zu einer schriftlichen Vereinbarung.\n\nZum Abschluss lud der Freundeskreis am **13.05.2017** zu einem Begegnungsfest mit Musik, Kinderprogramm und einem Stand jedes Arbeitskreises ins Kultur- und Bürgerhaus ein.",
      eventDates: ["2016-09-17", "2016-11-15", "2017-05-13"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Moderation: Mediatorin einer Freiburger Beratungsstelle für Bürgerbeteiligung (extern), Arbeitsgruppen mit Moderatorinnen aus dem Freundeskreis Asyl",
        description:
          "Die externe Mediatorin aus Freiburg leitete Auftaktworkshop und Runden Tisch, weil dort auch Spannungen zwischen Rathaus und Ehrenamt zur Sprache kommen sollten. Die drei Arbeitsgruppen im September moderierten erfahrene Mitglieder des Freundeskreises, die sie vorab in einem kurzen Training vorbereitet hatte.",
      },
      topicSlugs: ["wohnen", "sprache", "arbeit-ausbildung", "ehrenamt", "vernetzung"],
      participantGroups: ["EHRENAMTLICHE", "GEFLUECHTETE", "VERWALTUNG", "HAUPTAMTLICHE", "POLITIK", "KIRCHEN", "SCHULEN", "BUERGERINNEN"],
      participantCount: 140,
      refugeeParticipation:
        "Am Auftaktworkshop nahmen 15 Geflüchtete teil, die meisten bereits in der Denzlinger Anschlussunterbringung. Der Sprachmittlerpool des Freundeskreises übersetzte ins Arabische, Kurmandschi und Farsi; Gäste aus Kamerun und Guinea beteiligten sich auf Französisch. Beim Begegnungsfest im Mai kochten syrische und gambische Familien für die Gäste.",
      languages: ["Deutsch", "Arabisch", "Kurmandschi", "Farsi", "Französisch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Die externe Moderation hat sich in Denzlingen bewährt, weil sie die Kritik der Ehrenamtlichen am Rathaus sachlich aufgenommen hat. Die Vereinbarung vom Dezember 2016 gilt, muss sich im Alltag der Anschlussunterbringung aber noch beweisen.",
      keyResults: [
        "Gemeinde und Freundeskreis Asyl Denzlingen haben im Dezember 2016 eine schriftliche Vereinbarung über Aufgaben und feste Ansprechpartner in der Anschlussunterbringung unterzeichnet.",
        "Seit Januar 2017 koordiniert eine Teilzeitstelle im Denzlinger Rathaus die Zusammenarbeit mit den rund 100 Ehrenamtlichen.",
        "Das Begegnungsfest im Kultur- und Bürgerhaus zog im Mai 2017 rund 60 Gäste an, darunter viele Familien aus den Denzlinger Unterkünften.",
      ],
      measures:
        "- Vereinbarung zwischen Gemeinde und Freundeskreis Asyl mit einer Aufgabenliste für Wohnen, Behördengänge und Sprachförderung\n- Teilzeitstelle „Koordination Integration und Ehrenamt“ im Hauptamt, 50 Prozent\n- monatliche Sprechstunde der Koordinatorin in der Anschlussunterbringung an der Hauptstraße\n- Hausaufgabenhilfe in Kooperation mit einer Denzlinger Grundschule, zweimal wöchentlich\n- Fortbildungsabend für Ehrenamtliche zum Thema Abgrenzung und Selbstfürsorge, angeboten gemeinsam mit einem Wohlfahrtsverband aus dem Landkreis Emmendingen",
      nextSteps:
        "Gemeinde und Freundeskreis überprüfen die Vereinbarung im Herbst 2017 gemeinsam und passen die Aufgabenliste an. Für die Wohnungssuche will Denzlingen private Vermieter gezielt ansprechen, unterstützt von Ehrenamtlichen, die Mietverhältnisse in den ersten Monaten begleiten und bei Fragen zu Nebenkosten oder Hausordnung vermitteln.",
      costs: {
        total: 5240,
        funding: 3000,
        ownShare: 2240,
        spentOn:
          "- Honorar der Mediatorin für Workshop, Runden Tisch und Training der Gruppenmoderatorinnen\n- Raummiete und Technik im Kultur- und Bürgerhaus\n- Sprachmittler, Kinderprogramm und Musik beim Begegnungsfest im Mai 2017\n- Einladungen und Plakate für den Denzlinger Auftaktworkshop in fünf Sprachen",
      },
      recommendations:
        "- Wenn Verwaltung und Ehrenamt schon länger nebeneinander arbeiten, lohnt sich eine externe Moderation, die beide Seiten nicht kennt; in Denzlingen war das eine Mediatorin aus Freiburg.\n- Ergebnisse in einer schriftlichen Vereinbarung festhalten; in Denzlingen hat erst das Papier vom Dezember die Zuständigkeiten verbindlich gemacht.\n- Den Dialog mit einem Fest abschließen, damit die Arbeit der Ehrenamtlichen öffentlich gewürdigt wird, so wie beim Denzlinger Begegnungsfest im Mai 2017.\n- Zwischen den Terminen genug Zeit lassen: Die acht Wochen zwischen Workshop und Rundem Tisch brauchte der Freundeskreis, um intern Rücksprache zu halten.",
      contacts: [
        {
          function: "Koordination Integration und Ehrenamt",
          office: "Bürgermeisteramt Denzlingen, Hauptamt",
          email: "integration@denzlingen.example",
          phone: null,
        },
        {
          function: "Sprecherteam",
          office: "Freundeskreis Asyl Denzlingen",
          email: "freundeskreis-asyl@denzlingen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Der Freundeskreis Asyl hat Denzlingen durch die ersten schwierigen Monate getragen. Mit dem Dialog haben wir als Gemeinde einen Teil dieser Last dorthin geholt, wo sie hingehört: ins Rathaus.",
        author: "Bürgermeisteramt Denzlingen",
        role: "Gemeinde Denzlingen",
      },
    },

    // 4 — Eningen unter Achalm
    {
      slug: "eningen-unter-achalm-strukturen-staerken",
      municipalitySlug: "eningen-unter-achalm",
      title: "Vorhandenes stärken: Integrationsnetz in Eningen unter Achalm",
      teaser:
        "Anlass für den Flüchtlingsdialog in Eningen unter Achalm war, vorhandene Strukturen zu nutzen und auszubauen, um Doppelstrukturen zu vermeiden. Außerdem sollten weitere Akteure für das Ziel einer verbesserten Integrationsarbeit gewonnen werden.",
      occasion:
        "Eningen unter Achalm am Albtrauf bei Reutlingen hat ein dichtes Vereinsleben und einen Arbeitskreis Asyl, der schon vor 2015 Geflüchtete begleitet hat. Im Jahr 2016 lebten rund 130 Geflüchtete in der Gemeinde, teils in der Gemeinschaftsunterkunft des Landkreises Reutlingen, teils in Wohnungen der Anschlussunterbringung.\n\nMit der wachsenden Zahl entstanden viele neue Angebote, aber oft nebeneinander: Zwei Kleiderbörsen öffneten am selben Samstag, drei Deutsch-Gesprächskreise trafen sich dienstagabends zur gleichen Zeit, während es donnerstags keinen gab. In Eningen kaum eingebunden waren dagegen Betriebe, Sportvereine und Schulen. Die Gemeinde wollte keine neue Parallelorganisation gründen, sondern das Vorhandene sichtbar machen, abstimmen und um weitere Partner ergänzen.",
      goals:
        "Der Dialog sollte eine vollständige Übersicht der Eninger Angebote für Geflüchtete schaffen, doppelte Angebote zusammenführen und Lücken benennen. Darüber hinaus wollte die Gemeinde Betriebe, Sportvereine und Schulen als neue Partner gewinnen und eine gemeinsame Koordinierungsstelle im Rathaus verankern, an die sich alle Eninger Gruppen mit Fragen und neuen Ideen wenden können.",
      formatSlugs: ["workshop", "runder-tisch"],
      concept:
        "Vorab verschickte das Hauptamt im Mai 2016 einen kurzen Fragebogen an 38 Vereine, Kirchengemeinden und Initiativen: Was bieten Sie an, wann, für wen und mit wie vielen Aktiven?\n\n- **25.06.2016, Akteursworkshop im Rathaussaal:** Die Rückläufe hingen als große Wandkarte aus. In Kleingruppen markierten die Teilnehmenden Überschneidungen und Lücken und verabredeten Zusammenlegungen.\n- **12.10.2016, Runder Tisch Arbeit:** Handwerks- und Industriebetriebe aus Eningen, die Arbeitsagentur Reutlingen und der Arbeitskreis Asyl besprachen Praktika und Einstiegsjobs.\n- **08.02.2017, Präsentationsabend:** Die fertige „Eninger Integrationslandkarte“ wurde der Öffentlichkeit vorgestellt und die Koordinierungsstelle eingeführt.\n\nZwischen den Terminen pflegte das Hauptamt die Rückmeldungen laufend in die Karte ein.",
      eventDates: ["2016-06-25", "2016-10-12", "2017-02-08"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Akteursworkshop: Volkshochschule Reutlingen, Fachbereich Gesellschaft (extern); Runder Tisch und Präsentationsabend: Hauptamt der Gemeinde (intern)",
        description:
          "Den Akteursworkshop im Juni moderierte eine Dozentin der Volkshochschule, die mit der Wandkarte als Arbeitsmittel Erfahrung hatte. Runden Tisch und Präsentationsabend leitete das Eninger Hauptamt selbst, weil es um Zusagen und Zuständigkeiten der Gemeinde ging.",
      },
      topicSlugs: ["vernetzung", "ehrenamt", "arbeit-ausbildung", "sprache", "kultur-sport-freizeit"],
      participantGroups: [
        "EHRENAMTLICHE",
        "VEREINE_VERBAENDE",
        "KIRCHEN",
        "WIRTSCHAFT",
        "SCHULEN",
        "VERWALTUNG",
        "HAUPTAMTLICHE",
        "GEFLUECHTETE",
      ],
      participantCount: 95,
      refugeeParticipation:
        "Neun Geflüchtete nahmen am Akteursworkshop als Fachleute in eigener Sache teil und bewerteten, welche Eninger Angebote sie tatsächlich erreichen. Zwei Syrer mit guten Deutschkenntnissen übersetzten ins Arabische, für die afghanischen Teilnehmer sprang eine Farsi sprechende Ehrenamtliche ein.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Englisch"],
      processRating: 4,
      resultsRating: 5,
      ratingComment:
        "Der Fragebogen vorab war aufwendig, hat sich aber gelohnt: 31 der 38 angeschriebenen Eninger Gruppen antworteten. Dass sich die Ergebnisse so schnell in abgestimmte Wochenpläne und Praktikumszusagen übersetzen ließen, hat die Gemeinde positiv überrascht.",
      keyResults: [
        "Die „Eninger Integrationslandkarte“ verzeichnet 41 Angebote von 27 Gruppen und liegt seit Februar 2017 im Rathaus und auf der Gemeinde-Website aus.",
        "Drei zeitgleiche Deutsch-Gesprächskreise am Dienstagabend wurden zu einem abgestimmten Wochenplan von Montag bis Donnerstag umgebaut.",
        "Beim Runden Tisch Arbeit sagten sechs Eninger Betriebe Praktikumsplätze für Geflüchtete zu.",
      ],
      measures:
        "- Koordinierungsstelle Integration im Hauptamt als zentrale Anlaufstelle für Ehrenamtliche, Vereine und Betriebe\n- Integrationslandkarte als Faltplan und Online-Liste, halbjährlich aktualisiert\n- Zusammenlegung der beiden Kleiderbörsen an einem Standort im Ortskern, mit gemeinsamen Öffnungszeiten am Samstagvormittag\n- Praktikumsbörse mit sechs Eninger Betrieben, begleitet vom Arbeitskreis Asyl\n- Vereinspatenschaften: Drei Sportvereine bieten Geflüchteten das erste Jahr beitragsfrei an und stellen je eine Ansprechperson für neue Mitglieder",
      nextSteps:
        "Die Koordinierungsstelle lädt zweimal im Jahr alle Gruppen der Integrationslandkarte zu einem Abgleich ein, das nächste Mal im Herbst 2017. Eningen möchte zusätzlich die Schulen enger einbinden, vor allem bei Hausaufgabenhilfe und Elternarbeit, und dafür im Schuljahr 2017/18 ein Treffen mit den Schulleitungen ansetzen.",
      costs: {
        total: 3615.8,
        funding: 3000,
        ownShare: 615.8,
        spentOn:
          "- Honorar der Volkshochschule für Vorbereitung und Moderation des Akteursworkshops\n- Gestaltung und Druck der Integrationslandkarte in 1.500 Exemplaren\n- Porto und Druck für den Fragebogen an 38 Eninger Gruppen\n- Bewirtung an den drei Terminen im Rathaussaal",
      },
      recommendations:
        "- Vor dem ersten Treffen eine schriftliche Bestandsaufnahme machen; die Eninger Wandkarte war der beste Gesprächsanlass des ganzen Dialogs.\n- Bestehende Gruppen nicht ersetzen, sondern ihnen Abstimmung erleichtern; niemand musste in Eningen ein Angebot aufgeben.\n- Betriebe gesondert und zu einer für sie passenden Uhrzeit einladen; der Runde Tisch Arbeit fand bewusst um 17 Uhr statt.\n- Die Übersicht gedruckt verteilen: Viele ältere Ehrenamtliche in Eningen nutzen den Faltplan lieber als die Online-Liste.",
      contacts: [
        {
          function: "Koordinierungsstelle Integration",
          office: "Bürgermeisteramt Eningen unter Achalm, Hauptamt",
          email: "integration@eningen.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 5 — Kusterdingen
    {
      slug: "kusterdingen-erzaehlcafes",
      municipalitySlug: "kusterdingen",
      title: "Erzählcafés auf den Härten: Interkulturelle Gespräche in Kusterdingen",
      teaser:
        "Der Dialog sollte dazu beitragen, die Menschen in Kusterdingen miteinander ins Gespräch zu bringen und dadurch gegenseitig ein interkulturelles Verständnis zu entwickeln. Dazu lud die Gemeinde zu Erzählcafés in allen fünf Ortsteilen ein.",
      occasion:
        "Die Gemeinde Kusterdingen auf den Härten zwischen Tübingen und Reutlingen besteht aus den fünf Ortsteilen Kusterdingen, Immenhausen, Jettenburg, Mähringen und Wankheim. Seit 2015 hat der Landkreis Tübingen hier rund 110 Geflüchtete aus 14 Ländern untergebracht, im Herbst 2016 kam ein Neubau für die Anschlussunterbringung in Mähringen hinzu.\n\nDer Helferkreis Asyl berichtete von vielen kleinen Missverständnissen im Alltag: Kehrwoche und Mülltrennung, Ruhezeiten am Sonntag, wer im Dorf wen grüßt. Umgekehrt erlebten die Neuankömmlinge das Vereins- und Festleben der Ortsteile als verschlossen. Echte Gespräche zwischen alteingesessenen Härtenern und neuen Nachbarn gab es selten, obwohl beide Seiten sie sich wünschten.",
      goals:
        "Alteingesessene und neu zugezogene Menschen sollten in allen fünf Ortsteilen einander ihre Geschichten erzählen, Gewohnheiten erklären und Fragen stellen dürfen, die man sonst nicht stellt. Daraus sollte auf den Härten gegenseitiges Verständnis wachsen, und Vorurteile auf beiden Seiten sollten im direkten Gespräch an Gewicht verlieren.",
      formatSlugs: ["world-cafe", "aufsuchendes-format", "begegnungsfest"],
      concept:
        "Statt einer zentralen Veranstaltung ging der Dialog in die Ortsteile: Fünf Erzählcafés fanden an Orten statt, die im jeweiligen Dorf jeder kennt.\n\n- **06.10.2016:** Gemeindehaus Wankheim, „Wie feiert man bei Ihnen eine Hochzeit?“\n- **20.10.2016:** Feuerwehrhaus Jettenburg, „Was heißt für Sie Nachbarschaft?“\n- **10.11.2016:** Rathaus Immenhausen, „Was ich meinen Kindern mitgeben möchte“\n- **24.11.2016:** Gemeindesaal Mähringen, „Fremd sein – wann haben Sie das erlebt?“\n- **19.01.2017:** Bürgersaal Kusterdingen, „Was ich an meiner neuen oder alten Heimat mag“\n\nAn jedem Tisch saßen eine einheimische und eine geflüchtete Gastgeberin oder ein Gastgeber. Zum Abschluss feierten alle am **25.03.2017** ein Fest der Kulturen in der Kusterdinger Mehrzweckhalle.",
      eventDates: ["2016-10-06", "2016-10-20", "2016-11-10", "2016-11-24", "2017-01-19", "2017-03-25"],
      eventCount: 6,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Moderation: Evangelische Erwachsenenbildung im Landkreis Tübingen (extern) mit geschulten Tischgastgebern aus dem Helferkreis Asyl",
        description:
          "Eine Referentin der Evangelischen Erwachsenenbildung eröffnete jedes Erzählcafé und führte durch die Schlussrunde. Die 22 Tischgastgeberinnen und -gastgeber, Einheimische wie Geflüchtete, hatte sie im September 2016 an zwei Abenden auf das Erzählen und Zuhören vorbereitet.",
      },
      topicSlugs: ["begegnung", "nachbarschaft-zusammenleben", "kultur-sport-freizeit", "frauen-familie"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "KIRCHEN", "VEREINE_VERBAENDE", "VERWALTUNG"],
      participantCount: 210,
      refugeeParticipation:
        "Geflüchtete waren in Kusterdingen nicht nur Gäste, sondern die Hälfte der Tischgastgeber. Zwei über den Helferkreis vermittelte Dolmetscherinnen übersetzten Arabisch und Tigrinya, an anderen Tischen halfen Dari- und Kurdischsprechende, die bereits Deutsch gelernt hatten. Die Leitfragen der fünf Erzählcafés lagen jeweils übersetzt auf den Tischen.",
      languages: ["Deutsch", "Arabisch", "Tigrinya", "Dari", "Kurdisch", "Englisch"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Der Gang in die Ortsteile war richtig: Nach Wankheim und Jettenburg kamen Menschen, die nie in den Kusterdinger Bürgersaal gekommen wären. Schwächer besucht war das Erzählcafé in Immenhausen, das auf einen Abend mit Gemeinderatssitzung fiel.",
      keyResults: [
        "Rund 170 Menschen besuchten die fünf Erzählcafés in den Ortsteilen, etwa ein Drittel davon mit eigener Fluchtgeschichte.",
        "Aus dem Erzählcafé in Wankheim ist ein monatlicher Frauentreff entstanden, den eine Syrerin und eine Wankheimerin gemeinsam leiten.",
        "Ein zweisprachiges Faltblatt „Leben auf den Härten“ erklärt Kehrwoche, Vereinsleben und Dorffeste und wird an alle Neuzugezogenen verteilt.",
      ],
      measures:
        "- Frauentreff in Wankheim, jeden zweiten Donnerstag im Monat im Gemeindehaus\n- Faltblatt „Leben auf den Härten“ auf Deutsch mit Beilagen in Arabisch, Tigrinya und Dari\n- Einladung Geflüchteter zu den Dorffesten der Ortsteile über die jeweiligen Ortsvorsteher\n- Gesprächsleitfaden für Erzählcafés, den Vereine und Kirchengemeinden für eigene Abende nutzen können\n- Kochabend „Härtener Küche trifft Levante“ als Folgeangebot im Mähringer Gemeindesaal",
      nextSteps:
        "Ab Herbst 2017 sollen zwei Erzählcafés pro Jahr stattfinden, im Wechsel in den Ortsteilen und organisiert vom Helferkreis. Für den Neubau in Mähringen plant die Gemeinde ein Nachbarschaftsfest, wenn alle Wohnungen bezogen sind, und lädt dazu die Anwohnerinnen und Anwohner der umliegenden Straßen persönlich ein.",
      costs: {
        total: 6150,
        funding: 3000,
        ownShare: 3150,
        spentOn:
          "- Referentin der Erwachsenenbildung für sechs Termine und die Schulung der Tischgastgeber\n- zwei Dolmetscherinnen an allen sechs Kusterdinger Terminen\n- Druck und Übersetzung des Faltblatts „Leben auf den Härten“\n- Bewirtung und Musik beim Fest der Kulturen in der Mehrzweckhalle",
      },
      recommendations:
        "- In kleinen Gemeinden mit mehreren Ortsteilen zu den Menschen gehen, statt alle in den Hauptort zu holen; Kusterdingen hat dafür jedes seiner fünf Dörfer einmal besucht.\n- Geflüchtete als gleichberechtigte Gastgeber einsetzen und dafür vorab schulen; in Kusterdingen hat das die Gespräche spürbar verändert.\n- Konkrete, persönliche Leitfragen wählen; über Hochzeiten und Nachbarschaft kommt man leichter ins Gespräch als über Integration im Allgemeinen.\n- Termine mit dem Sitzungskalender von Gemeinderat und Ortschaftsräten abgleichen; das Immenhausener Erzählcafé hat unter einer Terminüberschneidung gelitten.",
      contacts: [
        {
          function: "Bürgerbüro, Ansprechpartner Integration",
          office: "Bürgermeisteramt Kusterdingen",
          email: "buergerbuero@kusterdingen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Wer einmal am selben Tisch von der eigenen Hochzeit erzählt hat, grüßt sich danach auch auf der Straße in Wankheim oder Mähringen.",
        author: "Bürgermeisteramt Kusterdingen",
        role: "Gemeinde Kusterdingen",
      },
    },

    // 6 — Oberderdingen
    {
      slug: "oberderdingen-netzwerk-integration",
      municipalitySlug: "oberderdingen",
      title: "Ein Netzwerk für 150 Geflüchtete: Integrationsdialog in Oberderdingen",
      teaser:
        "In der Gemeinde Oberderdingen leben derzeit 150 Geflüchtete. Viele Akteure bringen sich ein, ein Netzwerk bestand jedoch noch nicht. Der Flüchtlingsdialog im Frühjahr 2017 sollte dieses Netzwerk knüpfen.",
      occasion:
        "Oberderdingen im Kraichgau mit den Ortsteilen Flehingen und Großvillars zählt rund 11.000 Einwohner. Anfang 2017 lebten hier 150 Geflüchtete, etwa die Hälfte in der Gemeinschaftsunterkunft des Landkreises Karlsruhe in Flehingen, die übrigen in Wohnungen der Anschlussunterbringung in Oberderdingen.\n\nEngagement gab es reichlich: je einen Helferkreis in Oberderdingen und in Flehingen, die evangelischen und katholischen Kirchengemeinden, Lehrkräfte mit Vorbereitungsklassen, Sportvereine und mehrere Industriebetriebe am Ort. Doch die Beteiligten in Oberderdingen und Flehingen kannten sich kaum. Fahrradspenden wurden doppelt gesammelt, Anfragen von Betrieben nach Praktikanten liefen ins Leere, und die Sozialbetreuung des Landratsamts wusste oft nicht, an wen sie Familien im Ort verweisen konnte.",
      goals:
        "- alle in Oberderdingen, Flehingen und Großvillars Engagierten an einen Tisch bringen\n- ein gemeinsames Verzeichnis aller Ansprechpartner in den drei Ortsteilen erstellen\n- regelmäßige Netzwerktreffen verabreden und das Oberderdinger Rathaus als koordinierende Stelle festlegen\n- Geflüchtete selbst sagen lassen, welche Unterstützung ihnen im Alltag fehlt und welche Angebote sie gar nicht erreichen\n- Industrie- und Handwerksbetriebe aus Oberderdingen und Flehingen als Partner für Praktika und Ausbildung gewinnen",
      formatSlugs: ["open-space", "workshop"],
      concept:
        "Das erste Netzwerktreffen am **18.02.2017** im historischen Amthof begann mit einem „Markt der Möglichkeiten“: 19 Gruppen und Einrichtungen stellten sich an Stehtischen vor, die Gäste wanderten mit Fragekarten von Stand zu Stand. Am Nachmittag setzten die Teilnehmenden im Open Space eigene Themen, darunter Wohnungssuche, Praktika, Fahrdienste und Hausaufgabenhilfe.\n\nDas zweite Treffen am **06.05.2017** in der Festhalle Flehingen war ein Arbeitsworkshop: Die Open-Space-Gruppen berichteten, was seit Februar geschehen war, und das Netzwerk verabredete Struktur, Sprecherteam und Terminplan. Zum Abschluss trugen sich die Anwesenden in eine Liste ein, die zur Grundlage des gemeinsamen Adressverzeichnisses wurde.",
      eventDates: ["2017-02-18", "2017-05-06"],
      eventCount: 2,
      moderation: {
        type: "EXTERN",
        organisation: "Moderation: freiberufliche Moderatorin aus Bruchsal mit Schwerpunkt Gemeinwesenarbeit (extern)",
        description:
          "Die externe Moderatorin aus Bruchsal war mit dem Open-Space-Verfahren vertraut und begleitete beide Treffen. Das Hauptamt der Gemeinde Oberderdingen übernahm Einladungen, Raumplanung und das Protokoll, das alle Beteiligten eine Woche nach jedem Treffen erhielten.",
      },
      topicSlugs: ["vernetzung", "ehrenamt", "arbeit-ausbildung", "schule-bildung", "wohnen"],
      participantGroups: [
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "VERWALTUNG",
        "KIRCHEN",
        "SCHULEN",
        "WIRTSCHAFT",
        "VEREINE_VERBAENDE",
        "GEFLUECHTETE",
      ],
      participantCount: 85,
      refugeeParticipation:
        "Elf Geflüchtete aus der Flehinger Unterkunft und der Anschlussunterbringung betreuten beim Markt der Möglichkeiten einen eigenen Stand unter dem Titel „Was wir brauchen“. Für Arabisch und Farsi standen zwei Sprachmittler aus dem Flehinger Helferkreis bereit, mit Gästen aus Westafrika wurde Französisch gesprochen.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Französisch", "Englisch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Der Markt der Möglichkeiten im Amthof hat die Akteure aus Oberderdingen und Flehingen schneller miteinander ins Gespräch gebracht als jede Vorstellungsrunde. Die Betriebe waren beim ersten Treffen noch zurückhaltend und erst im Mai mit eigenen Vertretern dabei.",
      keyResults: [
        "Seit Mai 2017 trifft sich das Netzwerk Integration Oberderdingen vierteljährlich, abwechselnd im Amthof und in Flehingen.",
        "Ein gemeinsames Adressverzeichnis mit 34 Ansprechpartnern aus Verwaltung, Kirchen, Schulen, Vereinen und Betrieben ging an alle Beteiligten.",
        "Die Helferkreise aus Oberderdingen und Flehingen stimmen ihre Angebote nun über einen gemeinsamen Terminkalender ab.",
      ],
      measures:
        "- Netzwerk Integration Oberderdingen mit Sprecherteam aus Gemeinde, beiden Helferkreisen und einer Kirchengemeinde\n- Adressverzeichnis mit 34 Einträgen, zweimal im Jahr vom Hauptamt aktualisiert\n- gemeinsamer Online-Terminkalender der Helferkreise aus Oberderdingen und Flehingen\n- Praktikumsvermittlung: Betriebe melden freie Plätze an die Gemeinde, die sie an die Sozialbetreuung weitergibt\n- Fahrradwerkstatt in Flehingen als gemeinsames Projekt beider Helferkreise, untergebracht in einer Garage des Bauhofs\n- Infomappe für neu zugezogene Geflüchtete mit den wichtigsten Adressen in Oberderdingen, Flehingen und Großvillars",
      nextSteps:
        "Beim Herbsttreffen 2017 will das Netzwerk eine Arbeitsgruppe Wohnen bilden, weil 2018 weitere Familien aus Flehingen in die Anschlussunterbringung wechseln. Außerdem sollen Geflüchtete einen festen Sitz im Sprecherteam erhalten, zunächst je eine Vertreterin oder ein Vertreter aus Flehingen und aus Oberderdingen.",
      costs: {
        total: 3980,
        funding: 3000,
        ownShare: 980,
        spentOn:
          "- Honorar der Moderatorin für zwei Netzwerktreffen einschließlich Vorgespräch\n- Stehtische, Moderationskoffer und Fragekarten für den Markt der Möglichkeiten\n- Verpflegung im Amthof und in der Festhalle Flehingen\n- Aufwandsentschädigung für zwei Sprachmittler aus dem Flehinger Helferkreis",
      },
      recommendations:
        "- Einen Markt der Möglichkeiten an den Anfang stellen; in Oberderdingen kannten sich viele Engagierte danach zum ersten Mal persönlich.\n- Beide Treffen nicht im selben Ortsteil abhalten, damit sich keiner der Helferkreise als Gast fühlt.\n- Betriebe gezielt und persönlich ansprechen; in Oberderdingen kamen die Firmen erst nach Anrufen des Bürgermeisteramts.\n- Das Protokoll rasch verschicken, damit die Verabredungen nicht versanden; in Oberderdingen lag es jeweils nach einer Woche bei allen Beteiligten.",
      contacts: [
        {
          function: "Geschäftsstelle Netzwerk Integration",
          office: "Bürgermeisteramt Oberderdingen, Hauptamt",
          email: "integration@oberderdingen.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 7 — Uhldingen-Mühlhofen
    {
      slug: "uhldingen-muehlhofen-ehrenamt-gewinnen",
      municipalitySlug: "uhldingen-muehlhofen",
      title: "Helfende Hände gesucht: Ehrenamt für Integration in Uhldingen-Mühlhofen",
      teaser:
        "In Uhldingen-Mühlhofen sind bereits viele Menschen ehrenamtlich in der Unterstützung von Migrantinnen und Migranten tätig. Für die Umsetzung neuer Projektideen braucht es jedoch immer wieder zusätzliche Helferinnen und Helfer. Ein Ziel des Dialogs war deshalb, weitere Ehrenamtliche zu gewinnen.",
      occasion:
        "In Uhldingen-Mühlhofen am Überlinger See lebten 2016 rund 90 Geflüchtete, verteilt auf Unteruhldingen, Oberuhldingen und Mühlhofen. Der Helferkreis Asyl zählte etwa 45 Mitglieder, doch die meiste Arbeit lag bei einem Kern von zwölf Personen, überwiegend im Ruhestand.\n\nIdeen gab es genug: eine Fahrradwerkstatt, damit Geflüchtete ohne Auto zu Deutschkursen nach Überlingen und Friedrichshafen kommen, ein Nähcafé, eine Hausaufgabenhilfe und Begleitung bei Arztbesuchen. Bis Ende 2016 kam keines dieser vier Projekte über die Planung hinaus, weil Helfer fehlten. Hinzu kommt, dass in der Bodensee-Saison viele Einheimische in Gastronomie und Tourismus stark eingespannt sind und sich kaum dauerhaft verpflichten können.",
      goals:
        "Der Helferkreis wollte mindestens 20 neue Ehrenamtliche gewinnen, gerade Jüngere und Berufstätige, und ihnen Einsätze anbieten, die zeitlich begrenzt und planbar sind. Außerdem sollten Geflüchtete selbst als Helferinnen und Helfer angesprochen werden, etwa als Sprachmittler oder in der Fahrradwerkstatt. Die lange geplanten Projekte sollten noch im Frühjahr 2017 starten können.",
      formatSlugs: ["begegnungsfest", "workshop", "aufsuchendes-format"],
      concept:
        "Der Dialog in Uhldingen-Mühlhofen bestand aus drei aufeinander aufbauenden Terminen im Frühjahr 2017.\n\n- **11.03.2017, Ehrenamtsbörse in der Gemeindehalle Mühlhofen:** Jedes geplante Projekt hatte einen eigenen Stand mit einer Karte „Was wir brauchen, wie viel Zeit es kostet“. Besucher konnten sich für einzelne Einsätze oder für ein Probequartal eintragen.\n- **06.04.2017, Einsteigerabend im Rathaus Oberuhldingen:** Die neuen Freiwilligen erhielten eine Einführung in Asylverfahren, interkulturelle Kommunikation und die eigene Rolle als Ehrenamtliche und bildeten Projektgruppen.\n- **20.05.2017, Infostand am Hafen Unteruhldingen:** Zum Saisonbeginn warb der Helferkreis dort, wo am Samstag viele Einheimische unterwegs sind, mit Kaffee und Gesprächen um weitere Mitstreiter.",
      eventDates: ["2017-03-11", "2017-04-06", "2017-05-20"],
      eventCount: 3,
      moderation: {
        type: "INTERN",
        organisation: "Moderation: Hauptamt der Gemeinde gemeinsam mit der Koordinatorin des Helferkreises Asyl (intern)",
        description:
          "Uhldingen-Mühlhofen hat den Dialog ohne externe Moderation organisiert. Die Koordinatorin des Helferkreises und eine Mitarbeiterin des Hauptamts führten gemeinsam durch die Ehrenamtsbörse; den Einsteigerabend gestaltete die Koordinatorin zusammen mit dem Sozialbetreuer der Unterkunft in Oberuhldingen.",
      },
      topicSlugs: ["ehrenamt", "begegnung", "schule-bildung", "gesundheit", "kultur-sport-freizeit"],
      participantGroups: ["BUERGERINNEN", "EHRENAMTLICHE", "GEFLUECHTETE", "VERWALTUNG", "KIRCHEN", "VEREINE_VERBAENDE"],
      participantCount: 120,
      refugeeParticipation:
        "Geflüchtete standen bei der Ehrenamtsbörse selbst an den Ständen der Fahrradwerkstatt und des Nähcafés und erklärten, wofür sie Unterstützung brauchen. Übersetzt wurde ins Arabische und ins Tigrinya, vieles lief auf Englisch. Sechs Geflüchtete trugen sich anschließend selbst als Helfer in die Listen ein.",
      languages: ["Deutsch", "Arabisch", "Tigrinya", "Englisch"],
      processRating: 4,
      resultsRating: 5,
      ratingComment:
        "Die Ehrenamtsbörse in Mühlhofen war gut besucht, der Infostand am Hafen brachte überraschend viele Kontakte mit Berufstätigen. Am Einsteigerabend fehlten einige, die sich im März eingetragen hatten; ein Erinnerungsanruf vorab hätte geholfen. Die Einführung selbst bewerteten die Neuen in der Feedbackrunde als sehr hilfreich.",
      keyResults: [
        "Bei der Ehrenamtsbörse und am Hafenstand trugen sich 31 neue Helferinnen und Helfer in die Listen des Helferkreises Uhldingen-Mühlhofen ein.",
        "Mit den neuen Freiwilligen starteten im Mai 2017 die Fahrradwerkstatt in Mühlhofen und eine Hausaufgabenhilfe in Oberuhldingen.",
        "Sechs Geflüchtete engagieren sich seitdem selbst im Helferkreis, vor allem als Sprachmittler bei Arztbesuchen in Überlingen.",
      ],
      measures:
        "- Fahrradwerkstatt in Mühlhofen, samstags von 10 bis 13 Uhr, mit acht neuen Ehrenamtlichen\n- Hausaufgabenhilfe in Oberuhldingen an zwei Nachmittagen pro Woche\n- Nähcafé im Pfarrsaal, vorerst einmal im Monat, mit drei gespendeten Nähmaschinen\n- „Probequartal“ als fester Einstieg: Neue Helfer verpflichten sich nur für drei Monate\n- Sprachmittlerliste mit Geflüchteten, die Landsleute zu Arzt- und Behördenterminen begleiten",
      nextSteps:
        "Im Herbst 2017 ziehen Helferkreis und Gemeinde eine erste Bilanz des Probequartals und fragen die neuen Helfer, ob sie weitermachen möchten. Die Ehrenamtsbörse soll jährlich im März vor Beginn der Bodensee-Saison wiederholt werden, dann auch mit Ständen der örtlichen Vereine.",
      costs: {
        total: 2845.6,
        funding: 2845.6,
        ownShare: 0,
        spentOn:
          "- Stellwände, Standmaterial und Plakate für die Ehrenamtsbörse und den Hafenstand\n- Werkzeug-Grundausstattung für die Fahrradwerkstatt in Mühlhofen\n- Sprachmittler und Bewirtung an den drei Terminen, darunter Kaffee und Kuchen am Hafenstand in Unteruhldingen",
      },
      recommendations:
        "- Ehrenamt in überschaubaren Einheiten anbieten; das Probequartal hat in Uhldingen-Mühlhofen gerade Berufstätige überzeugt.\n- Jedes Projekt mit konkretem Zeitbedarf vorstellen, statt allgemein um Unterstützung zu bitten; die Karten „Was wir brauchen, wie viel Zeit es kostet“ zogen an jedem Stand in Mühlhofen die Blicke auf sich.\n- Dorthin gehen, wo die Menschen ohnehin sind, bei uns an den Hafen am Samstagvormittag.\n- Geflüchtete auch als Helfende ansprechen; sie bringen Sprachen mit, die im Helferkreis am See fehlen, etwa Tigrinya.\n- Neue Freiwillige vor dem Einsteigerabend noch einmal anrufen; das haben wir im April 2017 versäumt.",
      contacts: [
        {
          function: "Koordination Helferkreis Asyl",
          office: "Bürgermeisteramt Uhldingen-Mühlhofen, Hauptamt",
          email: "ehrenamt@uhldingen-muehlhofen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Viele Menschen am See wollen helfen, können sich aber nicht für Jahre binden. Seit wir ihnen ein Probequartal anbieten, sagen sie öfter ja.",
        author: "Bürgermeisteramt Uhldingen-Mühlhofen",
        role: "Gemeinde Uhldingen-Mühlhofen",
      },
    },
  ],
};
