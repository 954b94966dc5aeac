import type { DemoContentFile } from "../types";

/**
 * Demo content: Städte, overview teasers 15–21
 * (Reutlingen, Schwäbisch Gmünd, Sindelfingen, Singen (Hohentwiel), Tübingen, Ulm, Weinheim).
 */
export const content: DemoContentFile = {
  municipalities: [
    {
      slug: "reutlingen",
      name: "Reutlingen",
      kind: "STADT",
      landkreisSlug: "landkreis-reutlingen",
      regierungsbezirk: "TUEBINGEN",
      ags: "08415061",
      population: 114300,
      latitude: 48.4914,
      longitude: 9.2043,
      website: "https://www.reutlingen.de",
    },
    {
      slug: "schwaebisch-gmuend",
      name: "Schwäbisch Gmünd",
      kind: "STADT",
      landkreisSlug: "ostalbkreis",
      regierungsbezirk: "STUTTGART",
      ags: "08136065",
      population: 59900,
      latitude: 48.7999,
      longitude: 9.7975,
      website: "https://www.schwaebisch-gmuend.de",
    },
    {
      slug: "sindelfingen",
      name: "Sindelfingen",
      kind: "STADT",
      landkreisSlug: "landkreis-boeblingen",
      regierungsbezirk: "STUTTGART",
      ags: "08115045",
      population: 64200,
      latitude: 48.7133,
      longitude: 9.0028,
      website: "https://www.sindelfingen.de",
    },
    {
      slug: "singen-hohentwiel",
      name: "Singen (Hohentwiel)",
      kind: "STADT",
      landkreisSlug: "landkreis-konstanz",
      regierungsbezirk: "FREIBURG",
      ags: "08335075",
      population: 47300,
      latitude: 47.7594,
      longitude: 8.8403,
      website: "https://www.singen.de",
    },
    {
      slug: "tuebingen",
      name: "Tübingen",
      kind: "STADT",
      landkreisSlug: "landkreis-tuebingen",
      regierungsbezirk: "TUEBINGEN",
      ags: "08416041",
      population: 88300,
      latitude: 48.5216,
      longitude: 9.0576,
      website: "https://www.tuebingen.de",
    },
    {
      slug: "ulm",
      name: "Ulm",
      kind: "STADT",
      landkreisSlug: null,
      regierungsbezirk: "TUEBINGEN",
      ags: "08421000",
      population: 123900,
      latitude: 48.3984,
      longitude: 9.9916,
      website: "https://www.ulm.de",
    },
    {
      slug: "weinheim",
      name: "Weinheim",
      kind: "STADT",
      landkreisSlug: "rhein-neckar-kreis",
      regierungsbezirk: "KARLSRUHE",
      ags: "08226096",
      population: 44800,
      latitude: 49.545,
      longitude: 8.666,
      website: "https://www.weinheim.de",
    },
  ],

  profiles: [
    // 15. Reutlingen
    {
      slug: "reutlingen-wohnungssuche-zusammenleben",
      municipalitySlug: "reutlingen",
      title: "Wohnungssuche und Zusammenleben: zwei Gesprächsabende in Reutlingen",
      teaser:
        "Die Probleme und Herausforderungen bei der Wohnungssuche für Flüchtlinge, aber auch im Zusammenleben sollten in Reutlingen offen benannt werden. Der Flüchtlingsdialog schuf eine Möglichkeit, darüber miteinander ins Gespräch zu kommen.",
      occasion:
        "Im Herbst 2016 lebten in Reutlingen rund 1.600 Geflüchtete, und ein wachsender Teil von ihnen hatte eine Anerkennung erhalten und sollte die Gemeinschaftsunterkünfte verlassen. Auf dem angespannten Reutlinger Wohnungsmarkt fanden jedoch nur wenige eine eigene Wohnung; viele Familien blieben monatelang in der Anschlussunterbringung, etwa in den Wohncontainern in Orschel-Hagen oder im umgebauten Gewerbegebäude in Betzingen.\n\nZugleich meldeten Hausverwaltungen, private Vermieterinnen und der Arbeitskreis Asyl Reutlingen Fragen aus dem Alltag: Mülltrennung, Lärm in hellhörigen Mehrfamilienhäusern, Unsicherheit bei Mietverträgen und Nebenkostenabrechnungen. Das Sozialamt und die Abteilung Integration beschlossen, diese Themen öffentlich zur Sprache zu bringen, statt sie weiter nur in Einzelfällen hinter verschlossenen Türen zu klären.",
      goals:
        "Der Reutlinger Dialog sollte die Hürden der Wohnungssuche aus Sicht von Geflüchteten, Vermietenden und Begleitenden sichtbar machen. Aus den Gesprächen sollten konkrete Vorschläge entstehen, wie mehr private Wohnungen im Stadtgebiet für anerkannte Flüchtlinge gewonnen werden können. Außerdem ging es darum, Spielregeln für das Zusammenleben im Mietshaus gemeinsam zu besprechen, bevor aus kleinen Reibereien zwischen Nachbarn handfeste Konflikte werden.",
      formatSlugs: ["world-cafe", "runder-tisch"],
      concept:
        "Das Konzept bestand aus zwei aufeinander aufbauenden Abenden im Spitalhof in der Reutlinger Altstadt:\n\n- **13. Oktober 2016, World Café:** An sechs Thementischen sprachen Geflüchtete, private Vermieterinnen und Vermieter, Ehrenamtliche aus dem Arbeitskreis Asyl und Fachleute der städtischen Wohnungsbaugesellschaft über Wohnungssuche, Mietvertrag, Nachbarschaft und Hausordnung.\n- **24. November 2016, Runder Tisch:** Eine kleinere Runde aus Sozialamt, Jobcenter, Wohnungswirtschaft, Mieterverein und vier Vertretern der Geflüchteten sortierte die Ergebnisse des ersten Abends und verabredete Zuständigkeiten.\n\nZwischen beiden Terminen fassten die Moderatorinnen die Notizen der sechs Tischgastgeber in einem vierseitigen Protokoll zusammen. Dieses Protokoll ging allen Teilnehmenden in einfacher Sprache zu, damit auch Geflüchtete mit geringen Deutschkenntnissen den Stand nachlesen konnten.",
      eventDates: ["2016-10-13", "2016-11-24"],
      eventCount: 2,
      moderation: {
        type: "GEMISCHT",
        organisation: "Moderation: Beteiligungsbüro aus Tübingen (extern), vorbereitet mit der Abteilung Integration der Stadt Reutlingen",
        description:
          "Zwei externe Moderatorinnen leiteten beide Abende im Spitalhof und hatten die Tischfragen zuvor mit der Abteilung Integration abgestimmt. Die Tischgastgeber kamen aus dem Arbeitskreis Asyl und der Wohnungswirtschaft; sie wurden in einer einstündigen Vorbesprechung im Reutlinger Rathaus auf ihre Rolle vorbereitet.",
      },
      topicSlugs: ["wohnen", "nachbarschaft-zusammenleben", "ehrenamt"],
      participantGroups: [
        "GEFLUECHTETE",
        "BUERGERINNEN",
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "VERWALTUNG",
        "WIRTSCHAFT",
        "VEREINE_VERBAENDE",
      ],
      participantCount: 85,
      refugeeParticipation:
        "Geflüchtete aus Syrien, Afghanistan, dem Irak und Gambia waren über die Sozialarbeit in den Reutlinger Unterkünften persönlich eingeladen worden; rund 30 von ihnen kamen in den Spitalhof. Drei ehrenamtliche Sprachmittler übersetzten an den Tischen ins Arabische, Farsi und Englische. Zwei syrische Familienväter, die bereits eine Wohnung in Betzingen gefunden hatten, schilderten am ersten Abend ihren Weg dorthin.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Englisch"],
      processRating: 4,
      resultsRating: 3,
      ratingComment:
        "Der Austausch an den sechs Tischen im Spitalhof war offen und stellenweise kontrovers, was ausdrücklich gewollt war. Beim Thema Wohnraum blieb die Wirkung begrenzt, weil der Reutlinger Markt kaum freie Wohnungen bietet. Immerhin haben sich nach dem Dialog neun private Vermieter beim Sozialamt gemeldet.",
      keyResults: [
        "Private Vermieterinnen und Vermieter nannten die Unsicherheit über Mietzahlungen durch Jobcenter und Sozialamt als größte Hürde, worauf die Stadt Reutlingen eine feste Ansprechstelle für Vermietende zusagte.",
        "Geflüchtete und alteingesessene Mieter formulierten gemeinsam eine mehrsprachige Hausordnung mit Piktogrammen, die die Wohnungsbaugesellschaft seit Anfang 2017 in ihren Häusern in Orschel-Hagen aushängt.",
        "Der Arbeitskreis Asyl Reutlingen gründete eine Gruppe von zwölf Wohnungspaten, die Geflüchtete zu Besichtigungen und Wohnungsübergaben begleiten.",
      ],
      measures:
        "- Ansprechstelle für Vermietende im Reutlinger Sozialamt, erreichbar über ein eigenes Postfach\n- Flyer „Wohnraum gesucht“ auf Deutsch und Englisch, verteilt über Reutlinger Hausverwaltungen und den örtlichen Eigentümerverein\n- mehrsprachige Hausordnung mit Bildern, erarbeitet am Thementisch „Nachbarschaft im Mietshaus“\n- Schulungsreihe „Fit für die eigene Wohnung“ in den Unterkünften in Orschel-Hagen und Betzingen zu Mülltrennung, Heizen, Lüften und Nebenkosten\n- zwölf Wohnungspaten aus dem Arbeitskreis Asyl, die Besichtigungstermine begleiten",
      nextSteps:
        "Im Frühjahr 2017 wertet die Abteilung Integration die ersten Monate der Ansprechstelle für Vermietende aus. Der Runde Tisch Wohnen aus dem November 2016 soll künftig zweimal jährlich zusammenkommen und dabei auch die Wohnungspaten anhören. Für Rommelsbach und Sondelfingen sind eigene Nachbarschaftsabende mit den dortigen Bezirksgemeinderäten in Vorbereitung.",
      costs: {
        total: 4380,
        funding: 3000,
        ownShare: 1380,
        spentOn:
          "- Honorar der beiden Moderatorinnen für die Abende am 13. Oktober und 24. November 2016\n- Saalmiete im Spitalhof und Bewirtung von rund 85 Gästen\n- Aufwandsentschädigung für drei Reutlinger Sprachmittler\n- Druck der Hausordnung und des Flyers „Wohnraum gesucht“",
      },
      recommendations:
        "- Vermieterinnen und Vermieter direkt einladen, in Reutlingen gelang das am besten über Hausverwaltungen und den Eigentümerverein; allgemeine Presseaufrufe erreichten sie kaum.\n- Geflüchtete, die bereits eine Wohnung gefunden haben, als Berichtende gewinnen; die beiden Familien aus Betzingen überzeugten Vermietende mehr als jede Statistik.\n- Reibereien im Mietshaus beim Namen nennen, aber an Alltagsbeispielen wie der Kehrwoche oder der Waschküche besprechen statt im Grundsätzlichen.\n- Die Zuständigkeiten zwischen Sozialamt, Jobcenter und Wohnungsbaugesellschaft vorab klären, damit am Abend verbindliche Auskünfte zu Mietzahlungen möglich sind.",
      contacts: [
        {
          function: "Abteilung Integration",
          office: "Sozialamt der Stadt Reutlingen",
          email: "integration@reutlingen.example",
          phone: null,
        },
        {
          function: "Ansprechstelle für Vermietende",
          office: "Sozialamt der Stadt Reutlingen",
          email: "wohnraum@reutlingen.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 16. Schwäbisch Gmünd
    {
      slug: "schwaebisch-gmuend-weltfrauentag-pfiff",
      municipalitySlug: "schwaebisch-gmuend",
      title: "Weltfrauentag und PFIFF: der erste Flüchtlingsdialog in Schwäbisch Gmünd",
      teaser:
        "Der erste kommunale Flüchtlingsdialog in Schwäbisch Gmünd fand anlässlich des Weltfrauentags am 8. März 2016 statt. Zugleich stellte sich die neue Anlaufstelle „PFIFF“ (Projektstelle für Integration und für Flüchtlinge) der Öffentlichkeit vor.",
      occasion:
        "Schwäbisch Gmünd hat 2015 und Anfang 2016 mehrere hundert Geflüchtete aufgenommen, die in Gemeinschaftsunterkünften des Ostalbkreises und zunehmend in Wohnungen im Stadtgebiet lebten. Die Stadt verfolgt dabei den sogenannten „Gmünder Weg“: Integration wird als gemeinsame Aufgabe von Verwaltung, Bürgerschaft und Geflüchteten verstanden, mit Beteiligung von Anfang an.\n\nAnfang 2016 richtete die Stadt die Anlaufstelle **PFIFF** ein, die Projektstelle für Integration und für Flüchtlinge, als zentrale Adresse für Ehrenamtliche, Geflüchtete und Einrichtungen. Der Internationale Frauentag am 8. März 2016 bot den Anlass, PFIFF öffentlich vorzustellen und dabei geflüchtete Frauen in den Mittelpunkt zu rücken. Deren Anliegen waren in den Gmünder Helferkreisen bis dahin kaum zur Sprache gekommen, weil bei Treffen meist Männer das Wort führten.",
      goals:
        "Geflüchtete Frauen sollten am 8. März 2016 erstmals selbst sagen können, was sie in Schwäbisch Gmünd brauchen, etwa bei Sprachkursen, Gesundheit, Privatsphäre in den Unterkünften und Arbeit. Zugleich sollte PFIFF bekannt werden, damit Engagierte und Geflüchtete wissen, wohin sie sich wenden können. Aus dem Abend sollte ein regelmäßiger Austausch zwischen Gmünderinnen und geflüchteten Frauen hervorgehen.",
      formatSlugs: ["begegnungsfest", "world-cafe", "informationsveranstaltung"],
      concept:
        "Der Abend zum Weltfrauentag im Kulturzentrum Prediger verband Vorstellung, Gespräch und Fest:\n\n- Vorstellung von PFIFF mit Aufgaben, Sprechzeiten und Zuständigkeiten in einer Viertelstunde\n- World Café an fünf Tischen zu Deutsch lernen mit Kindern, Gesundheit und Schwangerschaft, Privatsphäre in der Unterkunft, Arbeit und Ausbildung sowie Sport und Freizeit für Frauen\n- Gesprächstische ausschließlich für Frauen, damit auch Teilnehmerinnen sprechen konnten, die in gemischten Runden schweigen\n- gemeinsames Buffet, zu dem Frauen aus Syrien, Eritrea, Afghanistan und Gmünd Gerichte beisteuerten\n\nWährend der Gesprächsrunden betreuten Erzieherinnen eines städtischen Kinderhauses die Kinder im Nebenraum. Am 15. Juni 2016 folgte im Prediger ein zweites Treffen in kleinerer Runde, bei dem PFIFF und 30 Frauen die Wünsche vom Frauentag in konkrete Vorhaben übersetzten.",
      eventDates: ["2016-03-08", "2016-06-15"],
      eventCount: 2,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "PFIFF – Projektstelle für Integration und für Flüchtlinge der Stadt Schwäbisch Gmünd, mit einer externen Moderatorin aus der interkulturellen Frauenbildung",
        description:
          "Die Mitarbeiterinnen von PFIFF planten den Frauentagsabend und begrüßten die Gäste im Prediger. Eine externe Moderatorin mit Erfahrung in interkultureller Frauenbildung führte durch das World Café und hielt die Ergebnisse auf farbigen Plakaten fest, die danach zwei Wochen im Foyer ausgestellt blieben.",
      },
      topicSlugs: ["frauen-familie", "begegnung", "sprache", "gesundheit"],
      participantGroups: ["GEFLUECHTETE", "BUERGERINNEN", "EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "VEREINE_VERBAENDE", "KIRCHEN"],
      participantCount: 120,
      refugeeParticipation:
        "Rund 50 geflüchtete Frauen aus Syrien, Eritrea, Afghanistan und dem Irak kamen zum Frauentag in den Prediger, viele mit ihren Kindern. Ehrenamtliche Dolmetscherinnen übersetzten ins Arabische, Tigrinya und Dari. Die Einladung war vorher in diesen Sprachen in den Gmünder Unterkünften verteilt und von Sozialarbeiterinnen persönlich erklärt worden.",
      languages: ["Deutsch", "Arabisch", "Tigrinya", "Dari", "Englisch"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Zum Frauentag kamen mehr als doppelt so viele geflüchtete Frauen wie erwartet, was zeigt, wie groß das Bedürfnis nach einem eigenen Forum war. Die Verbindung mit dem Auftakt von PFIFF hat sich bewährt. Für einzelne Wünsche, etwa Schwimmzeiten nur für Frauen, brauchte die Umsetzung mehr Zeit als gedacht.",
      keyResults: [
        "PFIFF ist seit dem Frauentag 2016 bei geflüchteten Frauen und in den Gmünder Helferkreisen als erste Anlaufstelle für Fragen zur Integration bekannt.",
        "Der am häufigsten genannte Wunsch nach Deutschkursen mit paralleler Kinderbetreuung führte im Herbst 2016 zu einem ersten Mütterkurs in der Gmünder Innenstadt.",
        "Aus dem World Café im Prediger entstand ein monatliches Frauencafé, das Gmünderinnen und geflüchtete Frauen gemeinsam organisieren.",
      ],
      measures:
        "- monatliches Frauencafé in einem Gemeindehaus in der Gmünder Innenstadt\n- Deutschkurs für Mütter mit Kinderbetreuung im selben Gebäude, seit Oktober 2016\n- wöchentliche Sprechstunde von PFIFF in den beiden größten Gmünder Unterkünften\n- Informationsabend zu Frauengesundheit mit einer Frauenärztin und Dolmetscherinnen für Arabisch und Tigrinya\n- reservierte Schwimmzeiten für Frauen, vermittelt von PFIFF mit der städtischen Bäderverwaltung",
      nextSteps:
        "PFIFF lädt künftig jedes Jahr rund um den 8. März zu einem Frauendialog ein, bei dem überprüft wird, was aus den Wünschen des Vorjahres geworden ist. Das Frauencafé soll ab 2017 von zwei geflüchteten Frauen mitgeleitet werden. Weitere Dialoge auf dem Gmünder Weg sollen gezielt junge Männer und Jugendliche ansprechen.",
      costs: {
        total: 3650,
        funding: 3000,
        ownShare: 650,
        spentOn:
          "- Honorar der Moderatorin für den Frauentagsabend und das Folgetreffen im Juni\n- Dolmetscherinnen für Arabisch, Tigrinya und Dari beim Frauentag und beim Folgetreffen\n- Kinderbetreuung und Spielmaterial im Nebenraum des Predigers\n- Zutaten für das Buffet sowie Übersetzung und Druck der Einladungen in vier Sprachen",
      },
      recommendations:
        "Ein symbolträchtiges Datum wie der Internationale Frauentag öffnet Türen: In Schwäbisch Gmünd wirkte die Einladung nicht wie eine Behördenveranstaltung, sondern wie ein Fest.\n\n- Kinderbetreuung war für die Mütter im Prediger die Voraussetzung zur Teilnahme und kein Zusatzangebot.\n- Einladungen in den Herkunftssprachen genügen nicht; entscheidend war die persönliche Ansprache durch Sozialarbeiterinnen, denen die Frauen vertrauten.\n- Eine neue Anlaufstelle wie PFIFF stellt man am besten dort vor, wo die Menschen, die sie nutzen sollen, schon im Raum sind.",
      contacts: [
        {
          function: "PFIFF – Projektstelle für Integration und für Flüchtlinge",
          office: "Stadtverwaltung Schwäbisch Gmünd",
          email: "pfiff@schwaebisch-gmuend.example",
          phone: null,
        },
      ],
      quote: {
        text: "Auf dem Gmünder Weg reden wir nicht über Geflüchtete, sondern mit ihnen – am Frauentag zuerst mit den Frauen, die bisher am wenigsten gehört wurden.",
        author: "Oberbürgermeisteramt",
        role: "Stadt Schwäbisch Gmünd",
      },
    },

    // 17. Sindelfingen
    {
      slug: "sindelfingen-gsz-miteinander",
      municipalitySlug: "sindelfingen",
      title: "Miteinander im Haus und im Quartier: Dialoge im GSZ Sindelfingen",
      teaser:
        "Drei Flüchtlingsunterkünfte liegen in unmittelbarer Nachbarschaft, und im Generationen- und Stadtteilzentrum (GSZ) in Sindelfingen treffen viele Nationalitäten aufeinander. Ziel der Flüchtlingsdialoge war es, gegenseitiges Verständnis zu entwickeln und so ein gutes Miteinander im Haus und im Quartier zu schaffen.",
      occasion:
        "Im Umkreis von wenigen hundert Metern um das Generationen- und Stadtteilzentrum (GSZ) entstanden 2015 und 2016 drei Unterkünfte für Geflüchtete: eine Gemeinschaftsunterkunft des Landkreises Böblingen und zwei städtische Gebäude der Anschlussunterbringung. Zusammen lebten dort zeitweise rund 350 Menschen.\n\nDas GSZ ist seit Jahren Treffpunkt für Seniorengruppen, Familien, Jugendliche und Vereine, deren Mitglieder aus rund 40 Herkunftsländern stammen. Mit den neuen Nachbarn kamen viele Kinder und junge Männer ins Haus, vor allem ins offene Café, in die Hausaufgabenhilfe und in den Internetraum. Es gab Missverständnisse über Hausregeln, Lautstärke und die Belegung von Räumen, und manche langjährige Besucherinnen der Seniorennachmittage fühlten sich verdrängt. Das Team des GSZ wollte diese Spannungen aufgreifen, bevor sie sich verfestigten.",
      goals:
        "Alle, die das GSZ nutzen oder in den angrenzenden Straßen wohnen, sollten einander besser kennen und verstehen lernen. Gemeinsam sollten Regeln für das Haus vereinbart werden, die für Stammgäste wie für neue Besucherinnen und Besucher nachvollziehbar sind. Darüber hinaus wollte das GSZ Bewohnerinnen und Bewohner der drei Unterkünfte als Mitwirkende für eigene Angebote im Quartier gewinnen.",
      formatSlugs: ["workshop", "buergerforum", "begegnungsfest", "runder-tisch"],
      concept:
        "Die Sindelfinger Dialoge bestanden aus vier Bausteinen zwischen April und November 2016:\n\n- **Hausdialog (23. April):** ein Samstagsworkshop im großen Saal des GSZ, in dem Stammgäste, Vereine, Geflüchtete und das Hausteam in gemischten Kleingruppen über ihre Erfahrungen im Haus sprachen und eine gemeinsame Hausordnung entwarfen\n- **Quartiersabend (8. Juni):** Anwohnerinnen und Anwohner, Hausmeister der drei Unterkünfte, das Polizeirevier und das Integrationsmanagement besprachen Fragen rund um die drei Standorte\n- **Nachbarschaftsfest (16. Juli):** ein Fest auf dem Platz vor dem GSZ, bei dem Bewohner der Unterkünfte Essensstände, Musik und Spiele mitgestalteten\n- **Runder Tisch (9. November):** Vertretungen aller beteiligten Gruppen hielten die Ergebnisse fest und verabredeten, wer welche Aufgabe übernimmt",
      eventDates: ["2016-04-23", "2016-06-08", "2016-07-16", "2016-11-09"],
      eventCount: 4,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Team des Generationen- und Stadtteilzentrums (GSZ) mit einer externen Mediatorin für interkulturelle Konflikte aus Stuttgart",
        description:
          "Die Leitung des GSZ bereitete die vier Termine vor und lud Stammgäste wie Bewohner der Unterkünfte persönlich ein. Hausdialog und Quartiersabend moderierte eine externe Mediatorin, damit auch das Hausteam selbst Kritik offen äußern und annehmen konnte, ohne zugleich Gesprächsleitung zu sein.",
      },
      topicSlugs: ["nachbarschaft-zusammenleben", "begegnung", "sicherheit"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "VEREINE_VERBAENDE"],
      participantCount: 190,
      refugeeParticipation:
        "Bewohnerinnen und Bewohner aller drei Unterkünfte rund um das GSZ nahmen teil, vor allem aus Syrien, dem Irak, Afghanistan, Nigeria und Sri Lanka. Neben Dolmetschern für Arabisch und Farsi halfen Jugendliche aus dem Jugendtreff des GSZ beim Übersetzen ins Kurdische und Englische. Im Runden Tisch im November arbeiteten fünf Geflüchtete mit.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Kurdisch", "Englisch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Der Hausdialog im großen Saal war anstrengend, weil auch Ärger offen ausgesprochen wurde, doch gerade das hat die Stimmung im GSZ spürbar entspannt. Der Sindelfinger Quartiersabend im Juni erreichte weniger Anwohnende als erhofft. Beim Nachbarschaftsfest vor dem GSZ kamen dafür weit über hundert Menschen zusammen.",
      keyResults: [
        "Stammgäste und neue Besucher des GSZ haben eine gemeinsame Hausordnung mit Bildsymbolen erarbeitet, die seit Sommer 2016 in sieben Sprachen im Foyer hängt.",
        "Für die drei Unterkünfte rund um das GSZ wurden feste Ansprechpersonen benannt, an die sich Nachbarinnen und Nachbarn bei Fragen oder Beschwerden wenden können.",
        "Acht Bewohnerinnen und Bewohner der Unterkünfte engagieren sich seit dem Nachbarschaftsfest im Juli 2016 selbst im GSZ, etwa im Café oder in der neuen Fahrradwerkstatt.",
      ],
      measures:
        "- Hausordnung des GSZ in sieben Sprachen mit Piktogrammen, ausgehängt im Foyer und im Internetraum\n- feste Hausaufgabenzeiten im Internetraum des GSZ, damit Schulkinder und Erwachsene nicht um die Plätze konkurrieren\n- monatliche Quartierssprechstunde des Sindelfinger Integrationsmanagements im GSZ\n- Nachbarschaftslotsen aus dem Quartier und aus den drei Unterkünften, die Neuankommende durch die Straßen rund um das GSZ führen\n- Fahrradwerkstatt im Hof des GSZ, aufgebaut gemeinsam mit Bewohnern der Gemeinschaftsunterkunft",
      nextSteps:
        "Der Runde Tisch aus dem November 2016 trifft sich weiterhin vierteljährlich im GSZ. Das Nachbarschaftsfest auf dem Platz vor dem Haus soll im Sommer 2017 wiederholt und von den Nachbarschaftslotsen mitorganisiert werden. Die Stadt Sindelfingen prüft, ob sich die Quartierssprechstunde auf weitere Stadtteile mit Unterkünften übertragen lässt.",
      costs: {
        total: 5870.5,
        funding: 3000,
        ownShare: 2870.5,
        spentOn:
          "- Honorar der externen Mediatorin für Hausdialog und Quartiersabend\n- Dolmetscher für Arabisch und Farsi an vier Terminen im GSZ\n- Zelte, Bänke, Spielmaterial und Bewirtung beim Nachbarschaftsfest im Juli 2016\n- Übersetzung und Druck der Hausordnung in sieben Sprachen",
      },
      recommendations:
        "Ein Begegnungshaus wie das GSZ sollte seine eigenen Konflikte nicht verschweigen, sondern sie zum Thema eines Dialogs machen.\n\n- Gezielt auch jene Stammgäste einladen, die sich zurückgezogen haben, denn ihre Sorgen weisen oft den Weg zu einer Lösung.\n- Eine externe Moderation entlastete das Hausteam des GSZ, das sonst zugleich Gastgeber und Partei gewesen wäre.\n- Mehrsprachige Jugendliche als Übersetzer einbinden; im GSZ wurden sie zu wichtigen Brückenbauern zwischen den Generationen.\n- Das Fest ans Ende der Reihe stellen, weil nach den Gesprächen im Saal entspannter gefeiert wird.",
      contacts: [
        {
          function: "Leitung",
          office: "Generationen- und Stadtteilzentrum (GSZ) Sindelfingen",
          email: "gsz@sindelfingen.example",
          phone: null,
        },
        {
          function: "Integrationsmanagement",
          office: "Amt für Soziales der Stadt Sindelfingen",
          email: "integration@sindelfingen.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 18. Singen (Hohentwiel)
    {
      slug: "singen-hohentwiel-asylnetzwerk",
      municipalitySlug: "singen-hohentwiel",
      title: "Asylnetzwerk im Dialog: Ehrenamt und Träger in Singen (Hohentwiel)",
      teaser:
        "Bis zum Sommer 2016 waren in Singen über 500 Flüchtlinge in Hallen untergebracht. Über den Dialog sollte das große und aktive Asylnetzwerk mit den Ehrenamtlichen und den vielen anderen Akteuren, etwa den Trägern, zusammengebracht werden.",
      occasion:
        "Singen war 2015 und 2016 einer der großen Unterbringungsorte im Landkreis Konstanz. Bis zum Sommer 2016 lebten über 500 Geflüchtete in Sport- und Gewerbehallen, bevor der Landkreis sie nach und nach auf kleinere Unterkünfte und Wohnungen verteilte. In dieser Zeit wuchs in Singen ein großes, sehr aktives Asylnetzwerk mit Kleiderkammer, Fahrradwerkstatt, Sprachcafés und Patenschaften.\n\nMit dem Auszug aus den Hallen änderten sich die Aufgaben: Aus Nothilfe wurde Begleitung in Wohnung, Schule und Arbeit. Neben den Ehrenamtlichen waren viele hauptamtliche Träger tätig, darunter Wohlfahrtsverbände, Sprachkursanbieter, Jobcenter und Schulsozialarbeit. Oft wusste man zu wenig voneinander, Angebote überschnitten sich, und manche Helferinnen und Helfer fühlten sich nach dem Hallenjahr erschöpft und von den Strukturen überfordert.",
      goals:
        "Der Dialog sollte Ehrenamtliche des Singener Asylnetzwerks, hauptamtliche Träger und die Stadtverwaltung zusammenbringen und einen gemeinsamen Überblick über alle Angebote in der Stadt schaffen. Doppelstrukturen und Lücken sollten erkannt und Zuständigkeiten geklärt werden. Außerdem galt es, Wege zu vereinbaren, auf denen Ehrenamtliche in schwierigen Fällen schnell professionelle Unterstützung bekommen.",
      formatSlugs: ["open-space", "fachtag"],
      concept:
        "Kern des Dialogs war ein ganztägiger Netzwerktag am Samstag, 24. September 2016, im Kulturzentrum Gems:\n\n- Am Vormittag stellten sich rund 25 Initiativen und Träger an Ständen eines „Markts der Angebote“ vor.\n- Am Nachmittag folgte ein Open Space, in dem die Teilnehmenden eigene Themen setzten, etwa Wohnungssuche nach dem Hallenauszug, Begleitung zu Behörden, Angebote für Frauen, Freizeit für junge Männer und Supervision für Ehrenamtliche.\n- Zum Abschluss bündelte das Plenum die Ergebnisse, und für die sechs dringlichsten Themen fand sich je eine Patin oder ein Pate aus dem Netzwerk.\n\nAm 26. Januar 2017 folgte ein Fachabend im Singener Rathaus, an dem die Themenpaten über den Stand berichteten und das Netzwerk seine künftige Zusammenarbeit festlegte.",
      eventDates: ["2016-09-24", "2017-01-26"],
      eventCount: 2,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Moderation: freiberufliches Moderationsteam aus dem Raum Konstanz (extern), Vorbereitung durch die Koordination Flüchtlingsarbeit der Stadt Singen",
        description:
          "Zwei externe Moderatoren führten durch den Netzwerktag in der Gems und erklärten das Open-Space-Verfahren in einfachen Worten, auch für Teilnehmende mit wenig Deutschkenntnissen. Einladung, Standplan und Markt der Angebote bereitete die städtische Koordination Flüchtlingsarbeit vor.",
      },
      topicSlugs: ["vernetzung", "ehrenamt", "wohnen"],
      participantGroups: ["EHRENAMTLICHE", "HAUPTAMTLICHE", "VEREINE_VERBAENDE", "KIRCHEN", "VERWALTUNG", "GEFLUECHTETE", "POLITIK"],
      participantCount: 160,
      refugeeParticipation:
        "Etwa 25 Geflüchtete, von denen einige selbst im Singener Asylnetzwerk mithelfen, nahmen am Netzwerktag teil und brachten eigene Open-Space-Themen ein, darunter Sport für junge Männer und den Führerschein. Die Koordination Flüchtlingsarbeit hatte Sprachmittler für Arabisch, Farsi und Englisch bestellt. Zwei der Open-Space-Sitzungen in der Gems leiteten Geflüchtete zweisprachig selbst.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Englisch"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Der Markt der Angebote in der Gems hat viele überrascht, weil kaum jemand die ganze Breite der Singener Flüchtlingsarbeit kannte. Der Open Space am Nachmittag brachte 18 Themen hervor. Nicht alle fanden einen Paten, so dass einige Vorschläge vom September 2016 noch offen sind.",
      keyResults: [
        "Ein gedruckter und online verfügbarer Wegweiser listet seit Dezember 2016 alle Angebote von Asylnetzwerk, Trägern und Stadt Singen mit ihren Ansprechstellen auf.",
        "Ehrenamtliche des Asylnetzwerks erhalten über eine monatliche Fallsprechstunde der hauptamtlichen Sozialarbeit schneller Unterstützung in schwierigen Situationen.",
        "Für die Zeit nach dem Auszug aus den Singener Hallen bildeten sich sechs Themengruppen, darunter Wohnen, Arbeit und Freizeit für junge Erwachsene.",
      ],
      measures:
        "- Wegweiser „Flüchtlingshilfe in Singen“ mit allen Angeboten, Zeiten und Kontakten, aufgelegt in 2.000 Exemplaren\n- monatliche Fallsprechstunde im Singener Rathaus, in der Ehrenamtliche Einzelfälle mit Fachkräften der Träger besprechen\n- Supervision für Helferinnen und Helfer des Asylnetzwerks viermal im Jahr\n- sechs Themengruppen mit je einer Patin oder einem Paten aus dem Netzwerktag\n- gemeinsamer Online-Kalender für Sprachcafés, Sport- und Freizeitangebote in Singen",
      nextSteps:
        "Asylnetzwerk und Träger wollen sich zweimal jährlich zu einem Netzwerktag nach dem Vorbild vom September 2016 treffen. Die Koordination Flüchtlingsarbeit aktualisiert den Wegweiser jedes halbe Jahr. Für 2017 ist ein Schwerpunkt auf der Begleitung in Ausbildung und Arbeit geplant, gemeinsam mit Handwerksbetrieben und Industrie aus dem Hegau.",
      costs: {
        total: 5240,
        funding: 3000,
        ownShare: 2240,
        spentOn:
          "- Honorar des Moderationsteams für Netzwerktag und Fachabend\n- Raummiete und Technik im Kulturzentrum Gems\n- Mittagessen und Getränke für rund 140 Gäste des Netzwerktags\n- Gestaltung und Druck des Wegweisers „Flüchtlingshilfe in Singen“",
      },
      recommendations:
        "- Einen Markt der Angebote an den Anfang stellen: Wer sieht, was andere schon tun, vermeidet Doppelarbeit.\n- Open Space eignet sich für große, vielfältige Netzwerke wie das Singener, braucht aber eine klare Einführung und jemanden, der die Ergebnisse verbindlich weiterverfolgt.\n- Geflüchtete nicht nur als Zielgruppe, sondern wie in Singen als Mitwirkende des Asylnetzwerks einladen.\n- Den richtigen Zeitpunkt nutzen: Der Wechsel aus den Hallen in Wohnungen war der Moment, in dem in Singen alle bereit waren, ihre Rollen neu zu ordnen.",
      contacts: [
        {
          function: "Koordination Flüchtlingsarbeit",
          office: "Fachbereich Jugend, Soziales und Ordnung der Stadt Singen",
          email: "fluechtlingsarbeit@singen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Über 500 Menschen in Hallen zu versorgen ging nur, weil so viele mit angepackt haben; jetzt machen wir aus dieser Hilfsbereitschaft ein dauerhaftes Netzwerk.",
        author: "Koordination Flüchtlingsarbeit",
        role: "Stadt Singen (Hohentwiel)",
      },
    },

    // 19. Tübingen
    {
      slug: "tuebingen-neue-nachbarschaften",
      municipalitySlug: "tuebingen",
      title: "Neue Nachbarschaften an elf Standorten: Quartiersdialoge in Tübingen",
      teaser:
        "An insgesamt elf Standorten werden in Tübingen neue Häuser für Geflüchtete gebaut. Innerhalb eines kurzen Zeitraums ziehen deshalb viele Geflüchtete, ein Großteil davon Familien, in die jeweiligen Quartiere. Die Nachbarschaft und das soziale Umfeld werden sich verändern.",
      occasion:
        "Tübingen hat sich 2015 entschieden, Geflüchtete in der Anschlussunterbringung nicht in wenigen großen Anlagen, sondern verteilt über das ganze Stadtgebiet unterzubringen. An elf Standorten, von der Südstadt über Lustnau und Derendingen bis in Teilorte wie Pfrondorf und Hirschau, entstanden neue Wohnhäuser, teils von der Stadt, teils von Baugemeinschaften und Genossenschaften errichtet.\n\nAb Herbst 2016 sollten innerhalb weniger Monate mehrere hundert Menschen einziehen, überwiegend Familien mit Kindern. Für die Quartiere bedeutete das neue Kinder in Kitas und Schulen, neue Gesichter auf Spielplätzen und im Stadtbus, neue Fragen in Sport- und Musikvereinen. In einigen Tübinger Nachbarschaften gab es Vorbehalte, in anderen bildeten sich spontan Unterstützerkreise. Die Universitätsstadt wollte beides aufgreifen, bevor die ersten Familien ihre Schlüssel erhielten.",
      goals:
        "Die Quartiersdialoge sollten Nachbarinnen und Nachbarn frühzeitig über die neuen Häuser informieren und ihre Fragen ernst nehmen. An jedem Standort sollte ein Kreis von Menschen entstehen, die die neuen Familien beim Ankommen begleiten. Zugleich wollte die Stadt erfahren, welche Einrichtungen in den Tübinger Stadtteilen, etwa Kitas, Grundschulen und Vereine, Unterstützung beim Zuzug brauchen.",
      formatSlugs: ["buergerforum", "workshop", "aufsuchendes-format"],
      concept:
        "Statt einer zentralen Veranstaltung setzte Tübingen auf Dialoge vor Ort, jeweils einige Wochen vor dem Einzug. Im Förderjahr 2016 fanden sie an den fünf Standorten statt, die zuerst bezogen wurden:\n\n- **Quartiersabende** in Gemeindehäusern, Schulen und Ortschaftsverwaltungen mit Informationen zum Haus, zu den künftigen Bewohnern und zur sozialen Betreuung\n- **Nachbarschaftswerkstätten** in Kleingruppen, in denen Anwohnende Ideen für Willkommen, Patenschaften und die gemeinsame Nutzung von Spielplätzen und Gärten sammelten\n- **Baustellenspaziergänge**, bei denen die künftigen Häuser mit Nachbarn und Ortsvorstehern besichtigt wurden\n\nAlle Abende folgten einem gemeinsamen Ablaufgerüst, das je nach Stadtteil angepasst wurde. Das städtische Team für die Anschlussunterbringung sammelte sämtliche Fragen und Antworten in einer Liste, die online veröffentlicht wurde.",
      eventDates: ["2016-06-21", "2016-07-12", "2016-09-27", "2016-10-18", "2016-11-15"],
      eventCount: 5,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Fachbereich Soziales der Universitätsstadt Tübingen mit einem Tübinger Büro für Stadtteilarbeit und Beteiligung (extern)",
        description:
          "Die Quartiersabende moderierte ein externes Team aus der Tübinger Stadtteilarbeit, das viele Nachbarschaften bereits kannte. Fachleute der Tübinger Stadtverwaltung beantworteten Fragen zu Bau, Belegung und Betreuung. In den Teilorten begrüßten die Ortsvorsteher und luden persönlich zu den Abenden ein.",
      },
      topicSlugs: ["nachbarschaft-zusammenleben", "wohnen", "frauen-familie", "ehrenamt"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "POLITIK", "SCHULEN", "KIRCHEN"],
      participantCount: 240,
      refugeeParticipation:
        "Da viele künftige Bewohner noch in Gemeinschaftsunterkünften des Landkreises lebten, lud die Stadt Familien, denen bereits eine Wohnung zugeteilt war, gezielt zu den Abenden in ihrem künftigen Stadtteil ein. Sprachmittler aus dem Tübinger Dolmetscherpool übersetzten ins Arabische, Farsi und Tigrinya. Kinder waren bei allen fünf Quartiersabenden ausdrücklich willkommen, in Lustnau gab es dafür eine eigene Spielecke.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Tigrinya"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Die dezentrale Form hat sich bewährt: In kleinen Runden in Derendingen oder Pfrondorf wurden Sorgen offener angesprochen als in einem großen Saal. Aufwendig war die Abstimmung der Termine mit dem Baufortschritt. Zwei Einzüge verschoben sich um mehrere Wochen, sodass ein Quartiersabend neu angesetzt werden musste.",
      keyResults: [
        "An allen fünf Standorten der ersten Runde bildeten sich Nachbarschaftskreise mit zusammen rund 90 Engagierten, die die neuen Familien beim Einzug begleiten.",
        "Kitas und Grundschulen in Lustnau und der Südstadt meldeten über die Quartiersabende zusätzlichen Bedarf an Sprachförderung, den die Stadt in ihre Planung für 2017 aufgenommen hat.",
        "Eine öffentliche Liste mit Fragen und Antworten zu allen elf Tübinger Standorten beantwortet wiederkehrende Anliegen wie Belegung, Parkplätze und Ansprechpartner.",
      ],
      measures:
        "- Nachbarschaftskreise an jedem der fünf ersten Standorte, unterstützt durch eine hauptamtliche Begleitung des Fachbereichs Soziales\n- Willkommensmappe für die neuen Familien mit Stadtteilplan, Kita- und Schulinformationen sowie Vereinsangeboten des jeweiligen Tübinger Quartiers\n- Hausversammlungen in den neuen Tübinger Häusern in den ersten Wochen nach dem Einzug, mit Nachbarn und Sozialarbeit\n- gemeinsame Pflanzaktionen in den Gärten der neuen Häuser im Frühjahr 2017\n- regelmäßige Berichte an die Ortschaftsräte in Hirschau und Pfrondorf",
      nextSteps:
        "Für die übrigen sechs Standorte folgen die Quartiersdialoge 2017 nach demselben Muster, jeweils vor dem Einzug. Ein Jahr nach dem Bezug sind an allen elf Häusern Nachbarschaftsfeste geplant, bei denen die Erfahrungen ausgewertet werden. Die Nachbarschaftskreise sollen sich außerdem zweimal jährlich stadtweit austauschen.",
      costs: {
        total: 8650,
        funding: 3000,
        ownShare: 5650,
        spentOn:
          "- Honorar des externen Moderationsteams für fünf Quartiersabende und Werkstätten\n- Einsätze des Tübinger Dolmetscherpools an fünf Quartiersabenden\n- Druck der Willkommensmappe und der Einladungen für jede der fünf Nachbarschaften\n- Bewirtung und Kinderbetreuung in Gemeindehäusern und Ortschaftsverwaltungen",
      },
      recommendations:
        "- Vor dem Einzug reden, nicht danach: In den Tübinger Stadtteilen, in denen früh informiert wurde, verlief der Bezug der neuen Häuser deutlich ruhiger.\n- Kleine, örtliche Veranstaltungen statt eines zentralen Großforums wählen; Ortsvorsteher und Kirchengemeinden kennen die passenden Räume und Menschen.\n- Fragen und Antworten sammeln und veröffentlichen, um Gerüchten über Belegung und Baukosten den Boden zu entziehen.\n- Künftige Bewohnerinnen und Bewohner schon bei den Baustellenspaziergängen vorstellen, sofern sie das selbst möchten.",
      contacts: [
        {
          function: "Koordination Anschlussunterbringung",
          office: "Fachbereich Soziales der Universitätsstadt Tübingen",
          email: "neue-nachbarschaften@tuebingen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Elf neue Häuser bedeuten elf neue Nachbarschaften, und jede davon braucht ihr eigenes Gespräch vor Ort.",
        author: "Fachbereich Soziales",
        role: "Universitätsstadt Tübingen",
      },
    },

    // 20. Ulm
    {
      slug: "ulm-integrationspolitik-austausch",
      municipalitySlug: "ulm",
      title: "Offener Austausch über die Flüchtlingsintegrationspolitik der Stadt Ulm",
      teaser:
        "Mit dem kommunalen Flüchtlingsdialog sollte ein offenes Austauschformat geschaffen werden, um sich aktiv über die Flüchtlingsintegrationspolitik der Stadt Ulm auszutauschen. Gemeinsam sollten Chancen und Möglichkeiten einer gelungenen Integration aufgezeigt werden.",
      occasion:
        "Ulm hat 2015 und 2016 rund 2.000 Geflüchtete aufgenommen. Die Stadt versteht sich seit Jahren als internationale Stadt und besitzt ein Integrationskonzept, in dem Geflüchtete bis dahin nur am Rande vorkamen. Mit den hohen Zugangszahlen beschloss der Gemeinderat zahlreiche Maßnahmen zu Unterbringung, Sprachförderung und Arbeitsmarkt, die für viele Engagierte schwer zu überblicken waren.\n\nAus Helferkreisen, Migrantenvereinen und von Geflüchteten selbst kam der Wunsch, die städtische Politik nicht nur aus der Zeitung zu erfahren, sondern mitreden zu können. Zugleich suchte die Ulmer Verwaltung Rückmeldungen darüber, welche ihrer Angebote ankommen und wo nachgesteuert werden muss. Der Flüchtlingsdialog im November 2016 sollte für beides einen Rahmen bieten.",
      goals:
        "Der Dialog sollte die Ulmer Flüchtlingsintegrationspolitik transparent machen und einen offenen Austausch zwischen Verwaltung, Gemeinderat, Engagierten und Geflüchteten ermöglichen. Gelungene Beispiele aus den Ulmer Stadtteilen sollten sichtbar werden, ebenso Handlungsfelder, in denen Stadt und Zivilgesellschaft mehr tun können. Die Ergebnisse sollten in die Fortschreibung des städtischen Integrationskonzepts einfließen.",
      formatSlugs: ["buergerforum", "world-cafe"],
      concept:
        "Der Dialog fand an zwei Abenden im Haus der Begegnung statt:\n\n- **8. November 2016:** Nach einem kurzen Überblick der Verwaltung zu Unterbringung, Sprache, Bildung und Arbeit berichteten drei Geflüchtete und zwei Ehrenamtliche von ihren Erfahrungen in Ulm. Anschließend konnten die rund 100 Gäste ohne Vorauswahl Fragen an die Verwaltung und an Mitglieder der Gemeinderatsfraktionen richten.\n- **29. November 2016:** In einem World Café vertieften die Teilnehmenden an sieben Tischen Chancen und Hürden der Integration, unter anderem zu Wohnen, Ausbildung, Sprache, Ehrenamt, Frauen und Kindern sowie Begegnung in den Stadtteilen.\n\nDie Ergebnisse wurden auf Stellwänden gesammelt, nach Handlungsfeldern des Integrationskonzepts sortiert und im Frühjahr 2017 dem zuständigen Fachausschuss des Gemeinderats vorgelegt.",
      eventDates: ["2016-11-08", "2016-11-29"],
      eventCount: 2,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Moderation: Team der Volkshochschule Ulm (extern), in Zusammenarbeit mit der Koordinierungsstelle Integration der Stadt Ulm",
        description:
          "Eine Moderatorin und ein Moderator der Ulmer Volkshochschule leiteten beide Abende und achteten darauf, dass Verwaltung und Politik nicht die Redezeit dominierten. An den sieben Tischen des World Cafés übernahmen Engagierte aus Migrantenvereinen die Rolle der Gastgeber.",
      },
      topicSlugs: ["integrationskonzept", "vernetzung", "arbeit-ausbildung", "wohnen"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "POLITIK", "VEREINE_VERBAENDE"],
      participantCount: 170,
      refugeeParticipation:
        "Etwa 35 Geflüchtete nahmen an den Abenden im Haus der Begegnung teil, vermittelt über Helferkreise, Integrationskurse und Migrantenvereine. Drei von ihnen berichteten am 8. November auf dem Podium. Übersetzt wurde ins Arabische, Farsi, Kurdische und Englische, an den World-Café-Tischen teils durch Flüsterdolmetschen.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Kurdisch", "Englisch"],
      processRating: 4,
      resultsRating: 3,
      ratingComment:
        "Das offene Format im Haus der Begegnung wurde gut angenommen, auch weil Fragen ohne Vorauswahl gestellt werden konnten. Bei den Ergebnissen zeigte sich, dass viele Anliegen, etwa Wohnraum und die Anerkennung ausländischer Abschlüsse, nicht allein in der Hand der Stadt Ulm liegen. Das dämpfte bei manchen Ulmer Helferkreisen die Erwartung an schnelle Lösungen.",
      keyResults: [
        "Die Ergebnisse der sieben World-Café-Tische gingen als eigenes Kapitel zu Geflüchteten in die Fortschreibung des Ulmer Integrationskonzepts ein.",
        "Verwaltung und Helferkreise vereinbarten ein halbjährliches Ulmer Flüchtlingsforum, in dem die Stadt über den Stand ihrer Maßnahmen berichtet.",
        "Auf Anregung von Geflüchteten erstellte die Stadt Ulm im Frühjahr 2017 mit Kammern und Arbeitsagentur eine Übersicht über Praktikums- und Ausbildungsplätze.",
      ],
      measures:
        "- halbjährliches Ulmer Flüchtlingsforum im Haus der Begegnung, erstmals im Mai 2017\n- Kapitel „Geflüchtete“ im fortgeschriebenen Integrationskonzept der Stadt Ulm\n- Übersicht über Praktikums- und Ausbildungsplätze für Geflüchtete, gemeinsam mit Industrie- und Handelskammer, Handwerkskammer und Agentur für Arbeit\n- stadtteilbezogene Begegnungsangebote, beginnend in der Weststadt und in Böfingen\n- zweisprachige Kurzfassung der städtischen Integrationsmaßnahmen auf Deutsch und Arabisch",
      nextSteps:
        "Das erste Ulmer Flüchtlingsforum ist für Mai 2017 geplant. Bis dahin legt die Verwaltung dem Gemeinderat einen Zwischenbericht vor, wie die Vorschläge vom November 2016 umgesetzt werden. Geflüchtete sollen künftig im Vorbereitungsteam des Forums mitarbeiten, damit die Tagesordnung auch ihre Fragen aufgreift.",
      costs: {
        total: 4100,
        funding: 3000,
        ownShare: 1100,
        spentOn:
          "- Honorar der Volkshochschule für die Moderation beider Novemberabende\n- Dolmetscherinnen und Dolmetscher für Arabisch, Farsi, Kurdisch und Englisch\n- Raummiete und Bewirtung im Haus der Begegnung\n- Dokumentation und Layout der Ergebnisse für den Fachausschuss",
      },
      recommendations:
        "- Politik und Verwaltung als Zuhörende einladen, nicht als Hauptredner; in Ulm ließen kurze Inputs von zehn Minuten viel Raum für Fragen.\n- Persönliche Geschichten von Geflüchteten an den Anfang stellen; die drei Berichte auf dem Ulmer Podium machten abstrakte Kommunalpolitik greifbar.\n- Offen sagen, was die Stadt Ulm selbst entscheiden kann und was bei Land oder Bund liegt, um falsche Erwartungen zu vermeiden.\n- Die Ergebnisse sichtbar in ein bestehendes Integrationskonzept übernehmen, damit der Austausch Folgen in der Verwaltung hat.",
      contacts: [
        {
          function: "Koordinierungsstelle Integration",
          office: "Stadt Ulm, Abteilung Soziales",
          email: "integration@ulm.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 21. Weinheim
    {
      slug: "weinheim-nachbarschaft-sicherheit-arbeit",
      municipalitySlug: "weinheim",
      title: "Zwei Dialoge in Weinheim: Nachbarschaft und Sicherheit, Arbeit und Beschäftigung",
      teaser:
        "In zwei Flüchtlingsdialogen wurden in Weinheim die Themenkomplexe „Nachbarschaft und Sicherheit“ sowie „Integration durch Arbeit und Beschäftigung“ diskutiert. An beiden Abenden kamen Bürgerschaft, Geflüchtete, Polizei, Betriebe und Verwaltung miteinander ins Gespräch.",
      occasion:
        "Weinheim hat 2015 und 2016 Geflüchtete in mehreren Gemeinschaftsunterkünften des Rhein-Neckar-Kreises und in der städtischen Anschlussunterbringung aufgenommen. In Teilen der Weinheimer Bürgerschaft wuchs die Verunsicherung, genährt von Gerüchten in sozialen Netzwerken, die sich bei Nachfrage beim Polizeirevier meist nicht bestätigten. Gleichzeitig berichteten Ehrenamtliche des Unterstützerkreises, dass viele Geflüchtete nach Monaten ohne Beschäftigung ungeduldig wurden und dringend Arbeit suchten.\n\nDie Stadt entschied, beide Themen offen, aber getrennt zu behandeln: Nachbarschaft und Sicherheit in einem ersten Dialog im Juni 2016, Arbeit und Beschäftigung in einem zweiten im Oktober 2016. So sollte in Weinheim keines der beiden Themen das andere überlagern.",
      goals:
        "Im ersten Weinheimer Dialog sollten Sorgen um die Sicherheit sachlich besprochen und Wege zu einem guten Zusammenleben rund um die Unterkünfte gefunden werden. Der zweite Dialog sollte Betriebe, Arbeitsverwaltung, Ehrenamtliche und Geflüchtete zusammenbringen, um Zugänge zu Praktikum, Ausbildung und Arbeit in Weinheim und an der Bergstraße zu verbessern.",
      formatSlugs: ["buergerforum", "world-cafe", "runder-tisch"],
      concept:
        "**Dialog 1 – Nachbarschaft und Sicherheit (22. Juni 2016):** Nach kurzen Impulsen des Polizeireviers Weinheim, des Ordnungsamts und der Sozialarbeit in den Unterkünften diskutierten Anwohnerinnen, Geflüchtete und Ehrenamtliche in einem Bürgerforum mit anschließender Kleingruppenphase. Die Fragen reichten von der Beleuchtung an Fußwegen bis zu Ansprechpartnern bei nächtlichem Lärm.\n\n**Dialog 2 – Integration durch Arbeit und Beschäftigung (12. Oktober 2016):** In einem World Café an sechs Tischen trafen Personalverantwortliche Weinheimer Betriebe, Handwerk, Jobcenter, Agentur für Arbeit und Geflüchtete aufeinander. Besprochen wurden Praktika, Sprachanforderungen am Arbeitsplatz, Arbeitserlaubnis und gemeinnützige Beschäftigung.\n\nEin Runder Tisch aus Verwaltung und Unterstützerkreis bereitete beide Abende vor und wertete sie im Anschluss aus.",
      eventDates: ["2016-06-22", "2016-10-12"],
      eventCount: 2,
      moderation: {
        type: "GEMISCHT",
        organisation: "Integrationsbeauftragte der Stadt Weinheim und ein externes Moderationsbüro aus Heidelberg",
        description:
          "Den Dialog zu Nachbarschaft und Sicherheit moderierte ein externes Büro aus Heidelberg, um gegenüber Polizei und Verwaltung neutral zu bleiben. Den Abend zu Arbeit und Beschäftigung leitete die städtische Integrationsbeauftragte gemeinsam mit dem Weinheimer Übergangsmanagement Schule–Beruf.",
      },
      topicSlugs: ["nachbarschaft-zusammenleben", "sicherheit", "arbeit-ausbildung"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "WIRTSCHAFT", "POLITIK"],
      participantCount: 150,
      refugeeParticipation:
        "An den beiden Weinheimer Abenden waren zusammen rund 40 Geflüchtete dabei, vor allem aus Syrien, Eritrea, Afghanistan und Pakistan. Dolmetscher übersetzten ins Arabische, Tigrinya, Farsi und Urdu. Beim Arbeitsdialog im Oktober stellten sich sechs Geflüchtete mit ihrer Berufserfahrung vor, etwa als Schweißer, Schneiderin und Buchhalter.",
      languages: ["Deutsch", "Arabisch", "Tigrinya", "Farsi", "Urdu"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Die Aufteilung in zwei Themenabende hat sich bewährt, weil beim Sicherheitsdialog im Juni Sorgen ausgesprochen werden konnten, ohne dass die Arbeitsthemen untergingen. Der Arbeitsdialog führte unmittelbar zu ersten Praktika in Weinheimer Betrieben. Beim Thema Sicherheit rund um die Unterkünfte braucht Weinheim einen längeren Atem.",
      keyResults: [
        "Polizeirevier, Ordnungsamt und Sozialarbeit vereinbarten eine gemeinsame Ansprechstelle, an die sich Anwohnerinnen und Anwohner bei Beschwerden rund um die Weinheimer Unterkünfte wenden können.",
        "Beim Dialog zu Arbeit und Beschäftigung boten elf Weinheimer Betriebe Praktikumsplätze für Geflüchtete an, von denen bis Ende 2016 sieben besetzt waren.",
        "Jobcenter, Agentur für Arbeit und Unterstützerkreis verabredeten für das Frühjahr 2017 eine gemeinsame Jobbörse für Geflüchtete in Weinheim.",
      ],
      measures:
        "- monatliche Nachbarschaftssprechstunde von Polizeirevier und Sozialarbeit an wechselnden Weinheimer Unterkünften\n- bessere Beleuchtung zweier Fußwege zwischen einer Unterkunft und der nächsten Haltestelle\n- Praktikumsbörse mit elf Betrieben aus Handwerk, Gastronomie und Industrie in Weinheim\n- Jobpaten aus dem Weinheimer Unterstützerkreis, die Geflüchtete in den ersten Wochen im Betrieb begleiten\n- Informationsblatt für Weinheimer Arbeitgeber zu Arbeitserlaubnis, Ausbildungsduldung und Fördermöglichkeiten",
      nextSteps:
        "Die Jobbörse für Geflüchtete ist für März 2017 in der Weinheimer Stadthalle geplant. Beide Dialogthemen gehen in den Runden Tisch Integration über, der viermal im Jahr tagt. Ob ein dritter Weinheimer Dialog zum Thema Wohnen im Herbst 2017 stattfinden kann, prüft die Integrationsbeauftragte derzeit.",
      costs: {
        total: 5480,
        funding: 3000,
        ownShare: 2480,
        spentOn:
          "- Honorar des Heidelberger Moderationsbüros für den Dialog am 22. Juni 2016\n- Dolmetschleistungen für Arabisch, Tigrinya, Farsi und Urdu an beiden Abenden\n- Raummieten und Bewirtung für die rund 150 Gäste der beiden Weinheimer Abende\n- Druck des Informationsblatts für Weinheimer Arbeitgeber",
      },
      recommendations:
        "- Ein heikles Thema wie Sicherheit nicht meiden, sondern gemeinsam mit Polizei und Fachleuten sachlich besprechen, denn nachprüfbare Fakten entkräften Gerüchte.\n- Emotionale und praktische Themen wie in Weinheim auf getrennte Abende im Juni und Oktober legen, damit beide genügend Raum bekommen.\n- Betriebe über Kammern, Wirtschaftsförderung und persönliche Kontakte ansprechen; in Weinheim reichte ein Rundschreiben dafür nicht aus.\n- Geflüchtete mit ihren Berufen vorstellen; der Schweißer und die Schneiderin beim Arbeitsdialog veränderten den Blick der Personalverantwortlichen spürbar.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Amt für Soziales, Jugend, Familie und Senioren der Stadt Weinheim",
          email: "integration@weinheim.example",
          phone: null,
        },
        {
          function: "Wirtschaftsförderung",
          office: "Stadt Weinheim",
          email: "wirtschaft@weinheim.example",
          phone: null,
        },
      ],
      quote: {
        text: "Wer über Sicherheit spricht, sollte auch über Arbeit sprechen – in Weinheim haben wir beides getan, an zwei Abenden und mit denselben Menschen am Tisch.",
        author: "Integrationsbeauftragte",
        role: "Stadt Weinheim",
      },
    },
  ],
};
