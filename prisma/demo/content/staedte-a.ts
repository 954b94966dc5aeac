import type { DemoContentFile } from "../types";

/**
 * Städte, Teil A: die ersten sieben Teaser der Gruppe „Städte“ der Übersichtsseite
 * (Baden-Baden, Eppingen, Esslingen am Neckar, Filderstadt, Göppingen, Herrenberg, Kehl).
 */
export const content: DemoContentFile = {
  municipalities: [
    {
      slug: "baden-baden",
      name: "Baden-Baden",
      kind: "STADT",
      landkreisSlug: null,
      regierungsbezirk: "KARLSRUHE",
      ags: "08211000",
      population: 54700,
      latitude: 48.7606,
      longitude: 8.2398,
      website: "https://www.baden-baden.de",
    },
    {
      slug: "eppingen",
      name: "Eppingen",
      kind: "STADT",
      landkreisSlug: "landkreis-heilbronn",
      regierungsbezirk: "STUTTGART",
      ags: "08125026",
      population: 21600,
      latitude: 49.137,
      longitude: 8.911,
      website: "https://www.eppingen.de",
    },
    {
      slug: "esslingen-am-neckar",
      name: "Esslingen am Neckar",
      kind: "STADT",
      landkreisSlug: "landkreis-esslingen",
      regierungsbezirk: "STUTTGART",
      ags: "08116019",
      population: 92600,
      latitude: 48.7419,
      longitude: 9.3074,
      website: "https://www.esslingen.de",
    },
    {
      slug: "filderstadt",
      name: "Filderstadt",
      kind: "STADT",
      landkreisSlug: "landkreis-esslingen",
      regierungsbezirk: "STUTTGART",
      ags: "08116077",
      population: 45400,
      latitude: 48.6801,
      longitude: 9.2203,
      website: "https://www.filderstadt.de",
    },
    {
      slug: "goeppingen",
      name: "Göppingen",
      kind: "STADT",
      landkreisSlug: "landkreis-goeppingen",
      regierungsbezirk: "STUTTGART",
      ags: "08117026",
      population: 57100,
      latitude: 48.7036,
      longitude: 9.6525,
      website: "https://www.goeppingen.de",
    },
    {
      slug: "herrenberg",
      name: "Herrenberg",
      kind: "STADT",
      landkreisSlug: "landkreis-boeblingen",
      regierungsbezirk: "STUTTGART",
      ags: "08115021",
      population: 31400,
      latitude: 48.5961,
      longitude: 8.8703,
      website: "https://www.herrenberg.de",
    },
    {
      slug: "kehl",
      name: "Kehl",
      kind: "STADT",
      landkreisSlug: "ortenaukreis",
      regierungsbezirk: "FREIBURG",
      ags: "08317057",
      population: 35800,
      latitude: 48.5725,
      longitude: 7.815,
      website: "https://www.kehl.de",
    },
  ],

  profiles: [
    // 1 ─ Baden-Baden
    {
      slug: "baden-baden-bausteine-integration",
      municipalitySlug: "baden-baden",
      title: "Bausteine für Integration: Haupt- und Ehrenamt in Baden-Baden",
      teaser:
        "In Baden-Baden sind unterschiedliche Akteure in der Flüchtlingshilfe tätig. Der Stadtverwaltung war es wichtig, einmal alle ehrenamtlichen und hauptamtlichen Akteure in das Thema Integration einzubinden und gemeinsam verschiedene Bausteine zu entwickeln.",
      occasion:
        "Anfang 2016 lebten in Baden-Baden rund 900 Geflüchtete, zunächst in Gemeinschaftsunterkünften in der Cité und in Oos, zunehmend auch in Wohnungen der Anschlussunterbringung. Um sie kümmerten sich viele: Freundeskreise in Lichtental, Sandweier und Steinbach, die Wohlfahrtsverbände, die Kirchengemeinden, die Volkshochschule, das Jobcenter und mehrere Fachbereiche der Stadtverwaltung.\n\nDiese Vielfalt war eine Stärke, führte aber auch zu Doppelangeboten und Lücken: Manche Sprachkurse in der Weststadt waren überbucht, während in Haueneberstein niemand von freien Plätzen wusste. Als kommunale Verwaltung war es uns wichtig, einmal alle ehrenamtlichen und hauptamtlichen Akteure an einen Tisch zu holen und in das Thema Integration einzubinden. Gemeinsam sollten Bausteine entstehen, die über die Erstversorgung hinausreichen und das Ankommen in der Baden-Badener Stadtgesellschaft erleichtern.",
      goals:
        "- alle in Baden-Baden tätigen Akteure der Flüchtlingshilfe erstmals gemeinsam einladen\n- Angebote von Ehren- und Hauptamt im Stadtkreis sichtbar machen und aufeinander abstimmen\n- gemeinsam Bausteine für Wohnen, Sprache, Arbeit und Begegnung entwickeln\n- Zuständigkeiten klären, damit die Freundeskreise wissen, wen sie im Rathaus ansprechen können\n- die Ergebnisse als Grundlage für ein städtisches Integrationskonzept nutzen",
      formatSlugs: ["informationsveranstaltung", "world-cafe", "workshop"],
      concept:
        "Der Baden-Badener Dialog bestand aus vier Veranstaltungen zwischen Juni und November 2016:\n\n- **Auftakt im Rathaus am Marktplatz** (15. Juni): Bestandsaufnahme an Stellwänden, auf denen jede Gruppe ihr Angebot und ihre Ansprechstelle eintrug\n- **Bausteine-Werkstatt I** (6. Juli): World Café im Gemeindezentrum der Weststadt zu Wohnen und Sprache\n- **Bausteine-Werkstatt II** (21. September): Arbeitsgruppen zu Ausbildung, Arbeit und Freizeit, mit Gästen aus dem Jobcenter und dem örtlichen Handwerk\n- **Abschlussforum** (9. November): Vorstellung der ausgearbeiteten Bausteine und Verabredung, wer welchen Baustein umsetzt\n\nZwischen den Terminen arbeiteten kleine Redaktionsgruppen die Bausteine aus, jeweils mit einer ehrenamtlichen und einer hauptamtlichen Sprecherin oder einem Sprecher.",
      eventDates: ["2016-06-15", "2016-07-06", "2016-09-21", "2016-11-09"],
      eventCount: 4,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Fachbereich Bildung und Soziales der Stadt Baden-Baden mit einer externen Moderatorin eines Beteiligungsbüros aus Karlsruhe",
        description:
          "Auftakt und Abschlussforum im Rathaus moderierte die externe Moderatorin, die auch das World Café in der Weststadt vorbereitete. Die beiden Werkstätten leiteten Mitarbeitende des Fachbereichs Bildung und Soziales gemeinsam mit Sprecherinnen der Freundeskreise, sodass Haupt- und Ehrenamt die Gesprächsführung teilten.",
      },
      topicSlugs: ["vernetzung", "ehrenamt", "wohnen", "sprache", "integrationskonzept"],
      participantGroups: ["EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "KIRCHEN", "VEREINE_VERBAENDE", "GEFLUECHTETE", "POLITIK"],
      participantCount: 140,
      refugeeParticipation:
        "Zu den beiden Bausteine-Werkstätten kamen jeweils rund 15 Geflüchtete, vor allem aus Syrien, dem Irak und Gambia, die schon länger in Baden-Baden lebten. An den Tischen in der Weststadt übersetzten ehrenamtliche Sprachmittler ins Arabische und Englische. Im Abschlussforum berichtete ein syrischer Lehrer, welche Wege zum Deutschkurs sich für Neuankommende in Oos bewährt haben.",
      languages: ["Deutsch", "Arabisch", "Englisch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Die Beteiligung war über alle vier Termine hoch, auch viele Freundeskreise aus den Ortsteilen blieben bis zum Abschlussforum im November dabei. Kritisch sehen wir, dass die Sommerpause zwischen Juli und September den Schwung gebremst hat; drei der fünf Baden-Badener Bausteine sind inzwischen umgesetzt, zwei noch in Vorbereitung.",
      keyResults: [
        "Fünf gemeinsam entwickelte Bausteine – Wohnraumlotsen, Sprachkurs-Übersicht, Ausbildungspatenschaften, Begegnungscafés und eine Ehrenamtsbörse – bilden den Kern der Integrationsarbeit in Baden-Baden.",
        "Im Fachbereich Bildung und Soziales gibt es seit Dezember 2016 eine feste Ansprechstelle für alle Freundeskreise der Stadt.",
        "Haupt- und Ehrenamtliche treffen sich seither zweimal im Jahr im Netzwerk Integration Baden-Baden.",
      ],
      measures:
        "- **Wohnraumlotsen:** Ehrenamtliche aus Oos und Lichtental begleiten Familien bei Besichtigungen und vermitteln zwischen Vermietern und Stadt\n- **Sprachkurs-Übersicht:** eine monatlich aktualisierte Liste aller Deutschkurse von Volkshochschule, Kirchengemeinden und Freundeskreisen, ausgelegt in den Unterkünften\n- **Ausbildungspatenschaften** in Zusammenarbeit mit dem Jobcenter und Handwerksbetrieben aus dem Stadtkreis\n- **Begegnungscafés** im Wechsel in der Weststadt, in Steinbach und in Sandweier\n- **Ehrenamtsbörse** auf der städtischen Internetseite, in die Vereine und Initiativen freie Einsatzmöglichkeiten eintragen",
      nextSteps:
        "Im Frühjahr 2017 soll die Ehrenamtsbörse online gehen und die Ausbildungspatenschaften mit zehn ersten Tandems starten. Die Ergebnisse der Werkstätten fließen in ein Integrationskonzept ein, das der Gemeinderat von Baden-Baden voraussichtlich Ende 2017 beraten wird. Das nächste Treffen des Netzwerks ist für Mai 2017 im Rathaus geplant.",
      costs: {
        total: 4850,
        funding: 3000,
        ownShare: 1850,
        spentOn:
          "- Honorar der externen Moderation für Auftakt und Abschlussforum im Rathaus\n- Stellwände, Moderationsmaterial und Druck der Baden-Badener Sprachkurs-Übersicht\n- Bewirtung an vier Abenden in Rathaus und Weststadt\n- Aufwandsentschädigung für die ehrenamtlichen Sprachmittler in den Werkstätten",
      },
      recommendations:
        "- Laden Sie wirklich alle ein, auch kleine Initiativen aus Ortsteilen wie Ebersteinburg oder Varnhalt, die sonst selten im Rathaus auftauchen.\n- Die Bestandsaufnahme an Stellwänden hat in Baden-Baden schon am ersten Abend einen Überblick geschaffen, den vorher niemand hatte.\n- Geben Sie jedem Baustein zwei Verantwortliche, je eine Person aus Ehren- und Hauptamt, sonst versanden Ideen nach der Veranstaltung.\n- Planen Sie die Termine ohne lange Ferienpause dazwischen – uns hat die Sommerpause 2016 spürbar Zeit gekostet.",
      contacts: [
        {
          function: "Koordination Flüchtlingshilfe",
          office: "Fachbereich Bildung und Soziales",
          email: "integration@baden-baden.example",
          phone: null,
        },
      ],
      quote: {
        text: "Wir wussten, wie viel in Baden-Baden für Geflüchtete getan wird – aber erst im Dialog haben alle gesehen, wie die einzelnen Bausteine zusammenpassen.",
        author: "Fachbereich Bildung und Soziales",
        role: "Stadt Baden-Baden",
      },
    },

    // 2 ─ Eppingen
    {
      slug: "eppingen-vernetzung-engagement",
      municipalitySlug: "eppingen",
      title: "Eppingen vernetzt: Engagement und Akteure für Integration",
      teaser:
        "Für die Integration in Eppingen ist die Vernetzung des bürgerschaftlichen Engagements und der örtlichen Akteure aus verschiedensten Lebensfeldern besonders wichtig. Der Kommunale Flüchtlingsdialog brachte dafür Ehrenamtliche, Vereine, Schulen, Betriebe und Verwaltung an einen Tisch.",
      occasion:
        "Eppingen ist eine Flächenstadt im Kraichgau mit der Kernstadt und sechs Stadtteilen von Adelshofen bis Richen. 2016 lebten hier rund 400 Geflüchtete, ein Teil in der Gemeinschaftsunterkunft des Landkreises Heilbronn, immer mehr in Wohnungen der städtischen Anschlussunterbringung, auch in Kleingartach, Mühlbach und Rohrbach.\n\nDer Freundeskreis Asyl, Kirchengemeinden beider Konfessionen und einzelne Sportvereine engagierten sich stark, meist jedoch jeweils für sich. Integration geschieht in Eppingen aber nicht nur in der Kernstadt und nicht nur in der Flüchtlingshilfe, sondern im Turnverein, bei der Feuerwehr, in den Schulen und in den Betrieben der Region. Deshalb kommt es hier vor allem darauf an, das bürgerschaftliche Engagement mit örtlichen Akteuren aus ganz unterschiedlichen Lebensfeldern zu verknüpfen. Der Flüchtlingsdialog sollte diese Vernetzung für die Eppinger Kernstadt und alle Stadtteile anstoßen.",
      goals:
        "Ziel war, Menschen aus möglichst vielen Lebensfeldern – Sport, Musik, Kirche, Schule, Handwerk, Feuerwehr und Nachbarschaft – miteinander und mit den Geflüchteten in Kontakt zu bringen. Die Teilnehmenden sollten erfahren, wer in Eppingen bereits was anbietet, und gemeinsam Vorhaben verabreden, die auch die Stadtteile erreichen. Auf Dauer sollte ein Runder Tisch Integration entstehen, der ohne städtische Einladung weiterarbeitet.",
      formatSlugs: ["zukunftswerkstatt", "workshop", "runder-tisch"],
      concept:
        "Der Eppinger Dialog gliederte sich in drei Schritte:\n\n- **Eppinger Zukunftswerkstatt am 8. Oktober 2016** im Bürgersaal des Rathauses: In Kritik-, Fantasie- und Umsetzungsphase sammelten rund 70 Teilnehmende, was in Eppingen fehlt, was wünschenswert wäre und was sich sofort angehen lässt.\n- **Themenrunden im Rathaus am 23. November 2016:** Die Ideen wurden in vier Gruppen weiterbearbeitet – Sport und Freizeit, Arbeit und Ausbildung, Schule, Leben in den Stadtteilen.\n- **Erster Runder Tisch Integration Eppingen am 15. März 2017:** Vertreterinnen und Vertreter der Gruppen stellten ihre Vorhaben vor und verabredeten eine feste Struktur.\n\nAuf einer großen Karte der Gesamtstadt markierten die Teilnehmenden, wo es bereits Angebote gibt und wo in den Stadtteilen noch weiße Flecken sind.",
      eventDates: ["2016-10-08", "2016-11-23", "2017-03-15"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Zukunftswerkstatt: externe Moderatorin aus dem Raum Heilbronn; Themenrunden und Runder Tisch: Integrationsbeauftragte der Stadt Eppingen",
        description:
          "Die Eppinger Zukunftswerkstatt wurde von einer externen Moderatorin vorbereitet und geleitet, die die drei Phasen straff durch den Samstag führte. Die Themenrunden und den Runden Tisch moderierte die Integrationsbeauftragte der Stadt, unterstützt von zwei Mitgliedern des Freundeskreises Asyl.",
      },
      topicSlugs: ["vernetzung", "ehrenamt", "kultur-sport-freizeit", "arbeit-ausbildung"],
      participantGroups: [
        "BUERGERINNEN",
        "EHRENAMTLICHE",
        "GEFLUECHTETE",
        "VEREINE_VERBAENDE",
        "KIRCHEN",
        "SCHULEN",
        "WIRTSCHAFT",
        "VERWALTUNG",
      ],
      participantCount: 95,
      refugeeParticipation:
        "Zwölf Geflüchtete aus Syrien, Afghanistan und Eritrea nahmen an der Zukunftswerkstatt teil und brachten in der Fantasiephase eigene Wünsche ein, etwa ein Fußballtraining für Erwachsene in Elsenz. Zwei Ehrenamtliche dolmetschten ins Arabische und ins Dari; für die Teilnehmenden aus Eritrea übersetzte ein Landsmann ins Tigrinya.",
      languages: ["Deutsch", "Arabisch", "Dari", "Tigrinya"],
      processRating: 4,
      resultsRating: 3,
      ratingComment:
        "Die Zukunftswerkstatt hat in Eppingen eine ungewöhnlich bunte Runde zusammengebracht, vom Handwerksmeister bis zur Schulsozialarbeiterin. Zu den Themenrunden im November kam nur noch etwa die Hälfte der Teilnehmenden; nicht jede Idee hat deshalb eine verantwortliche Gruppe gefunden, was unsere Bewertung der Ergebnisse dämpft.",
      keyResults: [
        "Mit dem Runden Tisch Integration hat Eppingen seit März 2017 ein Gremium, in dem sich Freundeskreis Asyl, Vereine, Schulen und Verwaltung viermal im Jahr abstimmen.",
        "Drei Sportvereine aus der Kernstadt, Elsenz und Rohrbach öffnen ihre Trainingsgruppen gezielt für Geflüchtete und erlassen ihnen im ersten Jahr die Beiträge.",
        "Eine Übersicht aller Integrationsangebote in der Kernstadt und den sechs Stadtteilen liegt im Bürgerbüro und in den Ortschaftsverwaltungen aus.",
      ],
      measures:
        "- Gründung des Runden Tisches Integration mit festen Sitzen für Vereine, Kirchen, Schulen und Betriebe\n- Beitragsfreie Schnuppermitgliedschaften in drei Sportvereinen und im Musikverein der Kernstadt\n- Ein Praktikumsnetzwerk mit Handwerksbetrieben aus dem Kraichgau, begleitet von zwei ehrenamtlichen Ausbildungslotsen\n- Ansprechpersonen in jedem Stadtteil, die neu zugezogene Geflüchtete begrüßen und auf Vereine und Angebote vor Ort hinweisen",
      nextSteps:
        "Bis Sommer 2017 will der Runde Tisch einen Integrationstag auf dem Eppinger Marktplatz vorbereiten, bei dem sich Vereine und Initiativen vorstellen. Außerdem sollen für Adelshofen und Richen, wo sich bisher niemand gefunden hat, über die Ortschaftsräte Ansprechpersonen gewonnen werden.",
      costs: {
        total: 3420,
        funding: 3000,
        ownShare: 420,
        spentOn:
          "- Moderation der ganztägigen Eppinger Zukunftswerkstatt im Oktober 2016\n- Mittagessen und Getränke für rund 70 Personen in der Zukunftswerkstatt\n- Großformatige Karte der Gesamtstadt, Moderationsmaterial und Druck der Angebotsübersicht",
      },
      recommendations:
        "- Gehen Sie aktiv auf Vereine zu, die nicht von selbst an Flüchtlingshilfe denken: In Eppingen kamen Feuerwehr und Musikverein erst nach persönlicher Einladung, brachten dann aber wertvolle Ideen ein.\n- Eine ganztägige Zukunftswerkstatt an einem Samstag hat in Eppingen Berufstätige und Familien besser erreicht als ein Abendtermin.\n- Denken Sie in einer Flächenstadt an die Stadtteile – die Karte der Gesamtstadt mit ihren weißen Flecken hat allen die Augen geöffnet.\n- Verabreden Sie schon in der ersten Veranstaltung, wer zum nächsten Treffen einlädt; der Eppinger Runde Tisch ist genau so entstanden.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Fachbereich Bürgerdienste und Soziales",
          email: "integration@eppingen.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 3 ─ Esslingen am Neckar
    {
      slug: "esslingen-am-neckar-haupt-und-ehrenamt",
      municipalitySlug: "esslingen-am-neckar",
      title: "Haupt- und Ehrenamt lernen sich kennen: Dialog in Esslingen",
      teaser:
        "Anlass für den Kommunalen Flüchtlingsdialog war die Feststellung, dass ehrenamtlich und hauptamtlich in der Flüchtlingsarbeit tätige Personen zu wenig voneinander wissen. In Esslingen am Neckar sollten sich beide Seiten kennenlernen und ihre Zusammenarbeit verabreden.",
      occasion:
        "In Esslingen am Neckar lebten Mitte 2016 rund 1.300 Geflüchtete, verteilt auf Gemeinschaftsunterkünfte des Landkreises und auf die städtische Anschlussunterbringung in fast allen Stadtteilen. In Berkheim, Zell, Mettingen, der Pliensauvorstadt und Oberesslingen hatten sich Arbeitskreise Asyl gebildet, in denen mehrere hundert Ehrenamtliche aktiv waren. Gleichzeitig hatten Stadt, Landkreis und Wohlfahrtsverbände ihre Flüchtlingssozialarbeit und die Migrationsberatung deutlich aufgestockt.\n\nIn Gesprächen zeigte sich immer wieder: Ehrenamtliche wussten nicht, welche Sozialarbeiterin für welche Unterkunft zuständig ist, und Hauptamtliche kannten die Angebote der Arbeitskreise oft nur vom Hörensagen. Den Ausschlag für den Dialog gab deshalb die Erkenntnis, dass Ehren- und Hauptamt in der Esslinger Flüchtlingsarbeit zu wenig voneinander wussten – obwohl sie oft dieselben Familien begleiteten.",
      goals:
        "- Haupt- und Ehrenamtliche in Esslingen persönlich miteinander bekannt machen\n- Aufgaben, Rollen und Grenzen von Arbeitskreisen und Sozialdiensten transparent machen\n- Informationswege zwischen den Arbeitskreisen Asyl und den Sozialdiensten verabreden\n- gemeinsame Regeln für die Zusammenarbeit in den Esslinger Unterkünften erarbeiten\n- Überlastung auf beiden Seiten früher erkennen und ansprechen, bevor Engagierte in den Esslinger Arbeitskreisen aufgeben",
      formatSlugs: ["fachtag", "open-space", "workshop"],
      concept:
        "In Esslingen startete der Dialog am 24. September 2016 mit einem Fachtag im Kulturzentrum Dieselstraße. Am Vormittag stellten sich alle Dienste und Arbeitskreise an Ständen vor – ein **Markt der Möglichkeiten**, auf dem jede hauptamtliche Stelle mit Foto, Zuständigkeit und Sprechzeiten vertreten war. Am Nachmittag setzten die Teilnehmenden im Open Space selbst die Themen, von der Schweigepflicht der Sozialarbeit bis zur Frage, wer bei Schimmel in einer Wohnung in der Pliensauvorstadt zuständig ist.\n\nIn einer Werkstatt im Alten Rathaus am 16. November 2016 wurden die dringlichsten Themen zu Vereinbarungen ausgearbeitet. Eine Esslinger Bilanzrunde am 8. Februar 2017 prüfte, was sich davon in der Praxis bewährt hatte.",
      eventDates: ["2016-09-24", "2016-11-16", "2017-02-08"],
      eventCount: 3,
      moderation: {
        type: "EXTERN",
        organisation: "Volkshochschule Esslingen in Zusammenarbeit mit einem Stuttgarter Büro für Prozessbegleitung",
        description:
          "Die Volkshochschule Esslingen übernahm Planung und Einladung, ein externes Büro für Prozessbegleitung moderierte Fachtag und Werkstatt. Bewusst sollte keine der beiden Seiten – weder die Arbeitskreise noch die Sozialdienste – die Gesprächsleitung innehaben, damit Kritik offen ausgesprochen werden konnte.",
      },
      topicSlugs: ["vernetzung", "ehrenamt", "wohnen"],
      participantGroups: ["EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "VEREINE_VERBAENDE", "KIRCHEN", "GEFLUECHTETE"],
      participantCount: 120,
      refugeeParticipation:
        "Der Dialog in Esslingen richtete sich vor allem an Helfende, doch beim Fachtag erzählten sechs Geflüchtete aus Berkheim und Zell an einem eigenen Stand, wie sie die Vielzahl der Ansprechpersonen erleben. Übersetzt wurde ins Arabische und ins Farsi, teils von Geflüchteten, die inzwischen selbst in Esslingen als Sprachmittler tätig sind.",
      languages: ["Deutsch", "Arabisch", "Farsi"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Der Markt der Möglichkeiten war der meistgelobte Teil: Viele Ehrenamtliche in Esslingen haben dort zum ersten Mal die Sozialarbeiterin ihrer Unterkunft persönlich getroffen. Die Vereinbarungen zur Zusammenarbeit werden noch nicht überall gelebt, in Mettingen und Zell funktionieren sie laut Bilanzrunde aber bereits gut.",
      keyResults: [
        "Ein gedrucktes und online abrufbares Ansprechpartnerverzeichnis ordnet jeder Unterkunft in Esslingen ihre Sozialarbeit, ihren Arbeitskreis Asyl und die zuständige Stelle im Rathaus zu.",
        "Haupt- und Ehrenamtliche haben eine gemeinsame Vereinbarung zur Zusammenarbeit formuliert, die Rollen, Datenschutz und Informationswege regelt.",
        "In jedem Stadtteil mit Unterkunft findet seit Anfang 2017 vierteljährlich eine Sprechstunde statt, zu der Sozialdienst und Arbeitskreis gemeinsam einladen.",
      ],
      measures:
        "- **Ansprechpartnerverzeichnis** für alle Unterkünfte, halbjährlich aktualisiert durch die städtische Koordinierungsstelle\n- **Vereinbarung zur Zusammenarbeit** mit Regeln, welche Informationen Ehrenamtliche mit Einverständnis der Geflüchteten erhalten\n- **Stadtteilsprechstunden** in Berkheim, Zell, Mettingen, Oberesslingen und der Pliensauvorstadt, jeweils in einem Gemeindehaus oder Stadtteiltreff in der Nähe der Unterkunft\n- **Fortbildungsreihe** der Volkshochschule für Ehrenamtliche zu Asylrecht, Traumafolgen und Abgrenzung, gewünscht im Open Space des Fachtags",
      nextSteps:
        "2017 soll der Fachtag als jährliches Treffen von Haupt- und Ehrenamt in Esslingen fortgesetzt werden. Die städtische Koordinierungsstelle prüft zudem, ob die Stadtteilsprechstunden auf die Unterkünfte im Brühl und in Weil ausgeweitet werden, die 2017 neu belegt werden.",
      costs: {
        total: 5230.5,
        funding: 3000,
        ownShare: 2230.5,
        spentOn:
          "- Honorar für die externe Prozessbegleitung von Fachtag und Werkstatt\n- Miete und Technik im Kulturzentrum Dieselstraße\n- Dolmetschleistungen beim Esslinger Fachtag\n- Druck von 1.500 Exemplaren des Ansprechpartnerverzeichnisses\n- Verpflegung im Kulturzentrum und im Alten Rathaus",
      },
      recommendations:
        "- Ein Markt der Möglichkeiten mit Fotos und Zuständigkeiten aller Hauptamtlichen bringt mehr als jede Liste, denn Gesichter schaffen Vertrauen.\n- Lassen Sie im Open Space auch unbequeme Themen zu; in Esslingen kamen so Datenschutz und Überforderung auf den Tisch, die sonst nur auf Fluren besprochen wurden.\n- Die neutrale Moderation durch ein Büro von außen half in Esslingen, als Haupt- und Ehrenamt einander anfangs auch Vorwürfe machten.\n- Eine Bilanzrunde drei Monate nach der Werkstatt, bei uns im Februar 2017, zeigt, welche Vereinbarungen tragen.",
      contacts: [
        {
          function: "Koordinierungsstelle Flüchtlingsarbeit",
          office: "Amt für Soziales, Integration und Sport",
          email: "fluechtlingsarbeit@esslingen.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 4 ─ Filderstadt
    {
      slug: "filderstadt-fruehstuecksbus",
      municipalitySlug: "filderstadt",
      title: "Frühstücksbus: Begegnung auf Rädern in Filderstadt",
      teaser:
        "Der „Frühstücksbus“ bringt die Menschen zusammen. Das innovative Format schafft Begegnungsräume zwischen Geflüchteten und Einheimischen. Realisiert werden konnte das Projekt, weil eine breite Allianz hinter der Idee steht.",
      occasion:
        "In Filderstadt lebten 2016 rund 700 Geflüchtete, verteilt auf Unterkünfte in allen fünf Stadtteilen von Bernhausen bis Harthausen. Die Freundeskreise Asyl leisteten viel, doch zwischen den Unterkünften am Ortsrand und der übrigen Bevölkerung gab es kaum Berührungspunkte. Zu Informationsabenden kamen meist dieselben Engagierten, und Geflüchtete trauten sich selten in Vereinsheime oder Gemeindesäle.\n\nAus einer Runde von Kirchengemeinden, Freundeskreisen und städtischer Jugendarbeit entstand deshalb die Idee, die Begegnung dorthin zu bringen, wo die Menschen ohnehin sind: auf Marktplätze, Spielplätze und vor die Unterkünfte. Ein ausgedienter Linienbus, umgebaut zu einem rollenden Frühstückscafé, sollte zum Treffpunkt werden, an dem Einheimische und Geflüchtete bei Kaffee, Brot und Tee ins Gespräch kommen.",
      goals:
        "Der Frühstücksbus sollte niedrigschwellige Begegnungsräume zwischen Geflüchteten und Einheimischen in allen fünf Filderstädter Stadtteilen schaffen. Nachbarinnen und Nachbarn, die sonst keinen Kontakt zu den Unterkünften haben, sollten ohne Anmeldung und ohne Programm dazukommen können. Zugleich sollte das Projekt neue Ehrenamtliche gewinnen und zeigen, was eine breite Allianz aus Kirchen, Vereinen, Betrieben und Verwaltung gemeinsam möglich macht.",
      formatSlugs: ["aufsuchendes-format", "begegnungsfest"],
      concept:
        "Ein örtliches Busunternehmen stellte einen ausrangierten Linienbus zur Verfügung, den Auszubildende eines Filderstädter Karosseriebetriebs und Ehrenamtliche im Frühjahr 2016 mit Tischen, Bänken und einer kleinen Teeküche ausstatteten. Zwischen Juli und Oktober 2016 fuhr der Bus an fünf Samstagvormittagen jeweils einen Stadtteil an:\n\n- Marktplatz Bernhausen (9. Juli)\n- Spielplatz nahe der Unterkunft in Bonlanden (23. Juli)\n- Ortsmitte Plattenhardt (10. September)\n- Sielmingen, beim evangelischen Gemeindehaus (24. September)\n- Harthausen, mit einem Begegnungsfest zum Abschluss (8. Oktober)\n\nFilderstädter Bäckereien spendeten Brot und Brezeln, Geflüchtete brachten eigenes Gebäck und Tee mit. Neben dem Frühstück gab es am Bus eine Pinnwand für Wünsche und Hilfsangebote sowie Spiele für Kinder.",
      eventDates: ["2016-07-09", "2016-07-23", "2016-09-10", "2016-09-24", "2016-10-08"],
      eventCount: 5,
      moderation: {
        type: "INTERN",
        organisation: "Stabsstelle Integration der Stadt Filderstadt mit dem Stadtjugendreferat und Ehrenamtlichen der Freundeskreise Asyl",
        description:
          "Am Bus gab es keine klassische Moderation, sondern Gastgeberteams aus je zwei Ehrenamtlichen, einer hauptamtlichen Kraft der Stadt und einer geflüchteten Person. Sie sprachen Passantinnen und Passanten an, stellten Leute einander vor und hielten Wünsche und Angebote auf der Pinnwand fest.",
      },
      topicSlugs: ["begegnung", "nachbarschaft-zusammenleben", "ehrenamt"],
      participantGroups: [
        "BUERGERINNEN",
        "GEFLUECHTETE",
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "KIRCHEN",
        "VEREINE_VERBAENDE",
        "WIRTSCHAFT",
        "VERWALTUNG",
      ],
      participantCount: 240,
      refugeeParticipation:
        "Geflüchtete waren am Frühstücksbus nicht Gäste, sondern Mitgastgeber: Frauen aus der Unterkunft in Bonlanden backten syrisches Fladenbrot, junge Männer aus Eritrea und Gambia halfen beim Auf- und Abbau. Verständigt wurde sich auf Deutsch, Englisch, Arabisch, Tigrinya und mit Händen und Füßen; feste Dolmetscher brauchte das Format kaum.",
      languages: ["Deutsch", "Arabisch", "Englisch", "Tigrinya"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "An den fünf Samstagen kamen zusammen rund 240 Menschen an den Bus, etwa ein Drittel davon Geflüchtete. Besonders in Bernhausen und Sielmingen blieben viele Passanten länger als geplant. Der Regen beim Halt in Plattenhardt hat allerdings gezeigt, dass der Bus allein für schlechtes Wetter zu klein ist.",
      keyResults: [
        "Der Frühstücksbus hat an fünf Samstagen in allen Filderstädter Stadtteilen rund 240 Menschen an einen Tisch gebracht, darunter viele, die vorher keinen Kontakt zu Geflüchteten hatten.",
        "Über die Pinnwand am Bus meldeten sich 23 neue Ehrenamtliche, vor allem für Sprachtandems und eine Fahrradwerkstatt.",
        "Die Allianz aus Kirchengemeinden, Freundeskreisen, Busunternehmen, Bäckereien und Stadtverwaltung will den Bus als festes Angebot weiterbetreiben.",
      ],
      measures:
        "- Der Frühstücksbus fährt ab Frühjahr 2017 einmal im Monat, im Wechsel durch die fünf Stadtteile\n- Ein Sprachtandem-Programm verbindet die über die Pinnwand gewonnenen Ehrenamtlichen mit Geflüchteten aus Bonlanden und Harthausen\n- Eine Fahrradwerkstatt im Jugendhaus in Bernhausen repariert gespendete Räder gemeinsam mit Geflüchteten\n- Für Regentage wird ein Faltpavillon angeschafft, damit der Bus auch bei schlechtem Wetter Platz für alle bietet",
      nextSteps:
        "Für 2017 sucht die Allianz Sponsoren für Versicherung und Wartung des Busses. Die Fahrtage werden mit dem Wochenmarkt in Bernhausen und den Festen der Stadtteile abgestimmt, und beim nächsten Stadtfest soll der Bus erstmals Station eines interkulturellen Frühstücks sein.",
      costs: {
        total: 7960,
        funding: 3000,
        ownShare: 4960,
        spentOn:
          "- Umbau des Frühstücksbusses: Tische, Bänke, Teeküche, Stromversorgung\n- Treibstoff und Zulassung für fünf Fahrtage durch Filderstadt\n- Geschirr, Kinderspiele und die Pinnwand am Bus\n- Lebensmittel, soweit Bäckereien und Freundeskreise sie nicht gespendet haben\n- Flyer zum Frühstücksbus in vier Sprachen",
      },
      recommendations:
        "- Ein aufsuchendes Format wie der Frühstücksbus erreicht Menschen, die nie zu einem Informationsabend kämen – fahren Sie dorthin, wo Ihre Bürgerinnen und Bürger samstags unterwegs sind.\n- Suchen Sie früh Partner aus der Wirtschaft: Ohne das Busunternehmen und die Bäckereien wäre das Projekt in Filderstadt nicht finanzierbar gewesen.\n- Machen Sie Geflüchtete zu Gastgebern; das selbst gebackene Brot aus Bonlanden war am Bus der beste Gesprächsanlass.\n- Klären Sie Versicherung, Hygieneregeln und Stellplätze für einen Bus rechtzeitig mit Ordnungsamt und Lebensmittelüberwachung.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Stabsstelle Integration",
          email: "integration@filderstadt.example",
          phone: null,
        },
        {
          function: "Projektkoordination Frühstücksbus",
          office: "Stadtjugendreferat",
          email: "fruehstuecksbus@filderstadt.example",
          phone: null,
        },
      ],
      quote: {
        text: "Am Frühstücksbus sitzt man sich gegenüber, teilt Brot und kommt ins Reden – mehr braucht Begegnung in Filderstadt oft nicht.",
        author: "Bürgermeisteramt Filderstadt",
        role: "Stadt Filderstadt",
      },
    },

    // 5 ─ Göppingen
    {
      slug: "goeppingen-bip-neu-aufstellen",
      municipalitySlug: "goeppingen",
      title: "Das Bürgerschaftliche IntegrationsProjekt in Göppingen neu aufstellen",
      teaser:
        "Aufgrund der erheblichen Zuweisung von Flüchtlingen in die vorläufige Unterbringung drohte eine Überforderung des Bürgerschaftlichen IntegrationsProjektes (BIP) in Göppingen. Eine Neustrukturierung und die Festlegung von Prioritäten im Bereich der ehrenamtlichen Helfer waren erforderlich.",
      occasion:
        "Ende 2015 und Anfang 2016 wies das Land dem Landkreis Göppingen so viele Geflüchtete zu, dass im Stadtgebiet innerhalb weniger Monate mehrere neue Einrichtungen der vorläufigen Unterbringung belegt wurden, darunter eine Sporthalle und Containeranlagen in Faurndau und Jebenhausen. Zeitweise lebten über 1.000 Menschen in Göppinger Gemeinschaftsunterkünften.\n\nDas Bürgerschaftliche IntegrationsProjekt (BIP), in dem sich seit Jahren Göppinger Bürgerinnen und Bürger für Zugewanderte engagieren, wuchs in kurzer Zeit auf über 300 Helferinnen und Helfer. Kleiderkammer, Fahrdienste, Sprachkurse und Behördenbegleitung liefen parallel, die beiden Koordinatoren arbeiteten bis an ihre Grenzen. Das Projekt musste neu geordnet werden, und es brauchte klare Prioritäten dafür, wofür die Ehrenamtlichen ihre Zeit einsetzen.",
      goals:
        "- die Arbeit des BIP nach der Phase der Soforthilfe auf tragfähige Schwerpunkte ausrichten\n- klären, welche Aufgaben Ehrenamtliche übernehmen und welche bei Landratsamt, Stadt und Verbänden liegen\n- eine BIP-Koordinationsstruktur schaffen, die nicht von wenigen Einzelpersonen abhängt\n- Helferinnen und Helfer in Göppingen vor Überlastung schützen und neue Engagierte gezielt einsetzen",
      formatSlugs: ["workshop", "runder-tisch"],
      concept:
        "Der Göppinger Dialog umfasste zwei Workshops und einen Runden Tisch im Frühjahr 2016, alle im Haus der Familie:\n\n- **16. April 2016 – Bestandsaufnahme:** Alle BIP-Gruppen beschrieben auf Karten, was sie tun, wie viele Stunden sie investieren und wo es hakt. Eine „Belastungsampel“ machte sichtbar, welche Bereiche rot leuchteten.\n- **11. Mai 2016 – Prioritäten:** Mit Punktabfrage und Diskussion einigten sich die Teilnehmenden auf vier Schwerpunkte; andere Aufgaben wurden an Hauptamtliche zurückgegeben oder auslaufen gelassen.\n- **22. Juni 2016 – Runder Tisch:** Mit Landratsamt, Stadtverwaltung, Caritas, Diakonie und Jugendmigrationsdienst wurden die neuen Zuständigkeiten verbindlich verabredet.",
      eventDates: ["2016-04-16", "2016-05-11", "2016-06-22"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Externe Beraterin für Organisationsentwicklung im Ehrenamt aus dem Raum Stuttgart, begleitet von der Stabsstelle Integration der Stadt Göppingen",
        description:
          "Die externe Beraterin brachte Erfahrung aus der Organisationsentwicklung von Freiwilligenprojekten mit und achtete darauf, dass auch leise Stimmen aus kleinen BIP-Gruppen gehört wurden. Die Stabsstelle der Stadt Göppingen bereitete die Unterlagen vor und führte das Protokoll.",
      },
      topicSlugs: ["ehrenamt", "vernetzung", "sprache"],
      participantGroups: ["EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "VEREINE_VERBAENDE", "KIRCHEN", "GEFLUECHTETE"],
      participantCount: 85,
      refugeeParticipation:
        "Beim zweiten Workshop berichteten acht Geflüchtete aus den Unterkünften in Faurndau und in der Innenstadt, welche Unterstützung ihnen am meisten geholfen hat; ihre Antworten flossen direkt in die Prioritäten ein. Ein BIP-Sprachpate übersetzte ins Arabische, eine Ehrenamtliche ins Farsi.",
      languages: ["Deutsch", "Arabisch", "Farsi"],
      processRating: 4,
      resultsRating: 5,
      ratingComment:
        "Der Prozess war für viele BIP-Aktive anstrengend, weil auch liebgewonnene Projekte auf den Prüfstand kamen. Umso wichtiger ist das Ergebnis: Seit Sommer 2016 arbeitet das Göppinger Projekt mit klaren Schwerpunkten, einem Koordinationsteam und deutlich weniger Doppelarbeit, und kaum jemand ist aus Erschöpfung ausgestiegen.",
      keyResults: [
        "Das BIP konzentriert sich seit Juli 2016 auf vier Schwerpunkte: Sprachpatenschaften, Alltagsbegleitung, Kinder- und Familienangebote sowie Hilfe beim Übergang in die Anschlussunterbringung.",
        "Ein sechsköpfiges Koordinationsteam mit festen Zuständigkeiten hat die Aufgaben übernommen, die bis dahin an zwei Personen hingen.",
        "Die Kleiderkammer wurde in die Trägerschaft eines Wohlfahrtsverbands übergeben, sodass rund 40 Ehrenamtliche für Sprach- und Alltagsbegleitung frei wurden.",
      ],
      measures:
        "- Neuordnung des BIP in vier Schwerpunktgruppen mit je einer Sprecherin oder einem Sprecher\n- Einführung einer Helferdatei mit Verfügbarkeiten, damit Anfragen aus den Unterkünften gezielt verteilt werden\n- Feste Ansprechpersonen im Landratsamt für jede Unterkunft im Göppinger Stadtgebiet\n- Monatlicher BIP-Helferstammtisch zur Entlastung und zum Erfahrungsaustausch\n- Einführungsabend für neue BIP-Engagierte alle zwei Monate, bei dem die Schwerpunktgruppen ihre Aufgaben und ihren Zeitbedarf vorstellen",
      nextSteps:
        "Weil ab 2017 viele Geflüchtete aus der vorläufigen Unterbringung in Wohnungen der Anschlussunterbringung umziehen, will das BIP seine Begleitung in die Göppinger Wohngebiete verlagern. Ein Folgeworkshop im Frühjahr 2017 soll prüfen, ob die vier Schwerpunkte dafür noch passen.",
      costs: {
        total: 2940,
        funding: 2350,
        ownShare: 590,
        spentOn:
          "- Honorar der externen Beraterin für die drei Göppinger Termine\n- Raummiete im Haus der Familie\n- Karten, Klebepunkte und Plakate für die Belastungsampel, dazu Getränke und Imbiss\n- Einrichtung der BIP-Helferdatei\n- Druck eines Faltblatts über die neuen BIP-Schwerpunkte",
      },
      recommendations:
        "- Warten Sie mit der Neustrukturierung nicht, bis die ersten Helfer aufgeben – im BIP hat die Belastungsampel gezeigt, dass einige Bereiche schon tiefrot waren.\n- Trauen Sie sich, Aufgaben abzugeben: Die Übergabe der Kleiderkammer hat in Göppingen viel Kraft für die Sprachpatenschaften freigesetzt.\n- Binden Sie den Landkreis ein, wenn die vorläufige Unterbringung betroffen ist, denn viele Fragen der Göppinger Ehrenamtlichen betrafen das Landratsamt.\n- Fragen Sie die Geflüchteten selbst, welche Hilfe ankommt – ihre Antworten im zweiten Workshop haben die Prioritäten mehr geprägt als jede Statistik.",
      contacts: [
        {
          function: "Koordination Bürgerschaftliches IntegrationsProjekt",
          office: "Stabsstelle Integration",
          email: "bip@goeppingen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Nicht alles, was gut gemeint ist, muss das Ehrenamt leisten – die klaren Prioritäten haben das BIP in Göppingen stärker gemacht.",
        author: "Stabsstelle Integration",
        role: "Stadt Göppingen",
      },
    },

    // 6 ─ Herrenberg
    {
      slug: "herrenberg-integrationsforum",
      municipalitySlug: "herrenberg",
      title: "Zweites Integrationsforum Herrenberg: Bürger und Geflüchtete reden mit",
      teaser:
        "Bereits Ende Juni 2016 gab es in Herrenberg ein erstes Integrationsforum mit den örtlichen Kirchen, Verbänden und Vereinen. Beim zweiten Integrationsforum sollten weitere interessierte Bürgerinnen und Bürger sowie die Geflüchteten selbst zu Wort kommen.",
      occasion:
        "In Herrenberg und seinen Stadtteilen lebten 2016 rund 600 Geflüchtete, untergebracht in Gemeinschaftsunterkünften des Landkreises Böblingen und zunehmend in der städtischen Anschlussunterbringung, etwa in Gültstein und Kuppingen. Der Arbeitskreis Asyl, Kirchengemeinden und Vereine hatten seit 2015 ein dichtes Netz von Hilfen geknüpft.\n\nBeim ersten Herrenberger Forum Ende Juni 2016 saßen vor allem Organisationen am Tisch: Kirchen, Verbände und Vereine. Schnell wurde deutlich, dass dabei zwei Gruppen fehlten – Bürgerinnen und Bürger, die nicht organisiert sind, aber Fragen, Sorgen oder Hilfsbereitschaft mitbringen, und die Geflüchteten selbst. Sie sollten beim zweiten Forum im Mittelpunkt stehen und nicht nur zuhören, sondern selbst sprechen. Dafür nutzte Herrenberg den Kommunalen Flüchtlingsdialog.",
      goals:
        "Das zweite Integrationsforum sollte die Sicht der Geflüchteten und der nicht organisierten Bürgerschaft in die Herrenberger Integrationsarbeit holen. Ziel war, Erfahrungen aus dem Alltag – bei der Wohnungssuche, im Verein, in der Nachbarschaft – direkt auszutauschen und daraus Leitlinien für ein Integrationskonzept abzuleiten. Außerdem sollten Interessierte konkrete Wege finden, sich selbst einzubringen.",
      formatSlugs: ["buergerforum", "world-cafe"],
      concept:
        "Das erste Herrenberger Integrationsforum am 28. Juni 2016 war ein Arbeitstreffen von rund 50 Vertreterinnen und Vertretern aus Kirchen, Verbänden und Vereinen, die ihre Angebote vorstellten und Lücken benannten.\n\nDas zweite Herrenberger Integrationsforum am 19. November 2016 fand als offenes Bürgerforum in der Stadthalle statt. Nach einer kurzen Einführung durch die Stadtverwaltung erzählten vier Geflüchtete auf dem Podium von ihrem ersten Jahr in Herrenberg. Anschließend diskutierten die Gäste im World Café an zehn Tischen, unter anderem zu:\n\n- Wohnen und Nachbarschaft in der Kernstadt, in Gültstein, Kuppingen und Affstätt\n- Arbeit, Praktikum und Ausbildung in Betrieben des Gäus\n- Sport, Musik und Vereinsleben in Herrenberg\n- Ängste und Vorurteile, offen angesprochen an einem eigenen Tisch\n\nJeder Tisch wurde von einer Einheimischen oder einem Einheimischen gemeinsam mit einer geflüchteten Person geleitet.",
      eventDates: ["2016-06-28", "2016-11-19"],
      eventCount: 2,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Stabsstelle Integration der Stadt Herrenberg; zweites Forum mit einem externen Moderator eines Tübinger Beteiligungsbüros",
        description:
          "Das erste Forum im Juni moderierte die Herrenberger Stadtverwaltung selbst. Für das zweite, deutlich größere Forum holte Herrenberg einen externen Moderator, der mit den Tandems der Tischgastgeber vorab einen Vorbereitungsabend durchführte, damit Einheimische und Geflüchtete die Gespräche gleichberechtigt leiten konnten.",
      },
      topicSlugs: ["begegnung", "integrationskonzept", "nachbarschaft-zusammenleben", "arbeit-ausbildung"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "KIRCHEN", "VEREINE_VERBAENDE", "VERWALTUNG", "POLITIK"],
      participantCount: 210,
      refugeeParticipation:
        "Rund 45 Geflüchtete nahmen am zweiten Forum in der Stadthalle teil, zehn von ihnen als Tischgastgeber. Gedolmetscht wurde ins Arabische, Farsi, Kurdische und Tigrinya, sodass an jedem Tisch eine sprachkundige Person saß. Die Einladung ging über die Sozialarbeit in den Herrenberger Unterkünften und wurde in fünf Sprachen verteilt.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Kurdisch", "Tigrinya"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Die Berichte der Geflüchteten auf dem Podium haben die Stimmung in der Stadthalle spürbar verändert: Viele Gäste kamen danach mit eigenen Erfahrungen und Angeboten an die Tische. Bei den Ergebnissen sehen wir noch Arbeit, denn die Herrenberger Leitlinien müssen erst im Gemeinderat beraten werden.",
      keyResults: [
        "Aus beiden Integrationsforen sind acht Leitlinien für ein Herrenberger Integrationskonzept hervorgegangen, die dem Gemeinderat im Frühjahr 2017 vorgelegt werden.",
        "Über 30 Besucherinnen und Besucher des zweiten Forums haben sich für Patenschaften, Sprachtandems oder die Mitarbeit im Arbeitskreis Asyl gemeldet.",
        "Geflüchtete aus Herrenberg bilden seit Dezember 2016 einen eigenen Sprecherkreis, der bei künftigen Integrationsforen mit am Tisch sitzt.",
      ],
      measures:
        "- Ein Sprecherkreis der Geflüchteten mit Vertreterinnen und Vertretern aus den Unterkünften der Kernstadt, in Gültstein und in Kuppingen\n- Vermittlung der neuen Freiwilligen durch den Arbeitskreis Asyl in Patenschaften und Sprachtandems\n- Eine Reihe „Herrenberg erklärt“, in der Vereine und Ämter ihre Arbeit in einfacher Sprache vorstellen\n- Schnuppertrainings in Herrenberger Sportvereinen, vermittelt über die Stabsstelle Integration",
      nextSteps:
        "Das Herrenberger Integrationsforum soll künftig einmal jährlich stattfinden, im Wechsel als Fachforum und als offenes Bürgerforum. Bis Sommer 2017 erarbeitet die Stabsstelle Integration auf Grundlage der acht Leitlinien einen Entwurf des Integrationskonzepts, an dem der Sprecherkreis der Geflüchteten mitwirkt.",
      costs: {
        total: 3780,
        funding: 3000,
        ownShare: 780,
        spentOn:
          "- Honorar des externen Moderators einschließlich Vorbereitungsabend für die Tischgastgeber\n- Dolmetscherinnen und Dolmetscher für vier Sprachen beim zweiten Forum\n- Übersetzung und Druck der Einladungen in fünf Sprachen\n- Technik und Bewirtung in der Herrenberger Stadthalle",
      },
      recommendations:
        "- Lassen Sie Geflüchtete nicht nur zuhören, sondern Gespräche leiten: Die gemischten Tischgastgeber waren in Herrenberg der Schlüssel.\n- Das vorgeschaltete Forum mit Kirchen und Vereinen im Juni hat Vertrauen und Mitstreiter geschaffen, bevor die ganze Stadt eingeladen wurde.\n- Verteilen Sie Einladungen in den Herkunftssprachen über die Sozialarbeit in den Unterkünften, nicht nur per Aushang oder Amtsblatt.\n- Geben Sie Ängsten einen eigenen Tisch: Beim Herrenberger World Café war gerade dieser Tisch bis zum Schluss voll besetzt.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Stabsstelle Integration",
          email: "integration@herrenberg.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // 7 ─ Kehl
    {
      slug: "kehl-wohnen-arbeit-sprache",
      municipalitySlug: "kehl",
      title: "Wohnen, Arbeit, Schule, Sprache: Flüchtlingsdialog in Kehl",
      teaser:
        "Wohnungs- und Arbeitssuche, Integration in Schule und Ausbildung sowie Spracherwerb sind in Kehl die wesentlichen Handlungsfelder, wenn geflüchtete Menschen im Alltag und in der Gesellschaft ankommen sollen. Der Kommunale Flüchtlingsdialog bot die ideale Möglichkeit, diese Themen gemeinsam mit den Bürgerinnen und Bürgern zu diskutieren und anzugehen.",
      occasion:
        "Kehl liegt direkt am Rhein gegenüber von Straßburg und hat bis 2016 rund 800 Geflüchtete aufgenommen, zunächst in Gemeinschaftsunterkünften des Ortenaukreises, zunehmend in der Anschlussunterbringung der Stadt in der Kernstadt sowie in Kork, Auenheim und Goldscheuer. Der Wohnungsmarkt in Kehl ist durch die Nähe zu Straßburg angespannt. Viele Ausbildungsbetriebe suchen Nachwuchs, doch fehlende Sprachkenntnisse und unklare Bleibeperspektiven erschweren den Einstieg.\n\nWohnen, Arbeit, Schule und Ausbildung sowie die deutsche Sprache entscheiden in Kehl darüber, ob geflüchtete Menschen im Alltag Fuß fassen. Diese Fragen wollte die Stadt nicht allein in Verwaltung und Fachgremien bearbeiten, sondern mit Vermieterinnen, Betrieben, Lehrkräften, Ehrenamtlichen und Nachbarn. Der Kommunale Flüchtlingsdialog bot dafür im Winter 2016/17 den passenden Rahmen in Kehl.",
      goals:
        "- für jedes der Handlungsfelder Wohnen, Arbeit, Schule und Ausbildung sowie Sprache konkrete Vorschläge aus der Kehler Bürgerschaft sammeln\n- Vermieterinnen, Betriebe, Schulen und Sprachkursanbieter mit Ehrenamtlichen und Geflüchteten ins Gespräch bringen\n- Vorbehalte Kehler Vermieterinnen und Vermieter gegenüber Geflüchteten offen ansprechen\n- Projekte anstoßen, die Bürgerinnen und Bürger in der Kernstadt und den Ortschaften selbst tragen",
      formatSlugs: ["buergerforum", "workshop"],
      concept:
        "In Kehl begann der Dialog am 20. Oktober 2016 mit einem Bürgerforum in der Stadthalle, bei dem Fachleute aus Jobcenter, Agentur für Arbeit, Staatlichem Schulamt und Wohnungswirtschaft kurze Impulse gaben. In vier Themenecken konnten die rund 120 Gäste anschließend Fragen stellen und Ideen notieren.\n\nZwei Werkstätten im Kehler Rathaus vertieften die Themen danach in kleineren Gruppen:\n\n- **Werkstatt Wohnen und Arbeit** (24. November 2016): mit Vermietern, Vertretern des Handwerks und Ausbildungsbetrieben aus dem Rheinhafen\n- **Werkstatt Schule, Ausbildung und Sprache** (26. Januar 2017): mit Lehrkräften aus Vorbereitungsklassen, Sprachkursträgern und Ehrenamtlichen aus Kork und Goldscheuer\n\nStudierende der Hochschule Kehl unterstützten als Protokollantinnen und Protokollanten an den Tischen.",
      eventDates: ["2016-10-20", "2016-11-24", "2017-01-26"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation: "Sachgebiet Integration der Stadt Kehl; Werkstätten moderiert von einer externen Moderatorin aus Offenburg",
        description:
          "Das Bürgerforum moderierte die Stadt Kehl selbst, um als Gastgeberin sichtbar zu sein. Für die beiden Werkstätten, in denen es um strittige Fragen wie Mietausfälle oder die Ausbildungsduldung ging, beauftragte sie eine externe Moderatorin aus Offenburg.",
      },
      topicSlugs: ["wohnen", "arbeit-ausbildung", "schule-bildung", "sprache"],
      participantGroups: [
        "BUERGERINNEN",
        "GEFLUECHTETE",
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "VERWALTUNG",
        "WIRTSCHAFT",
        "SCHULEN",
        "POLITIK",
      ],
      participantCount: 180,
      refugeeParticipation:
        "Etwa 30 Geflüchtete beteiligten sich, die meisten aus Syrien, Afghanistan und Guinea. Weil einige aus französischsprachigen Ländern stammen, half die Nähe zu Straßburg: Französisch war an mehreren Kehler Tischen Brückensprache. Für die Gäste aus Syrien und Afghanistan übersetzten ehrenamtliche Sprachmittler aus Kehl ins Arabische und ins Farsi.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Französisch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Das Bürgerforum in der Stadthalle war gut besucht, und die Werkstätten brachten Vermieter und Betriebe an einen Tisch, die sonst kaum erreichbar sind. Beim Thema Wohnen bleibt der Markt in Kehl angespannt; der Dialog konnte hier Brücken bauen, aber keine zusätzlichen Wohnungen schaffen.",
      keyResults: [
        "Eine Vermieterbörse der Stadt Kehl vermittelt seit Frühjahr 2017 Wohnungen an Geflüchtete und bietet Vermietern eine feste Ansprechperson bei Problemen.",
        "Zwölf Betriebe aus Kehl und dem Rheinhafen haben sich bereit erklärt, Praktikumsplätze für Jugendliche aus den Vorbereitungsklassen anzubieten.",
        "Ehrenamtliche aus Kork und Goldscheuer bieten nun Lernhilfen und Sprachcafés in ihren Stadtteilen an, damit Kinder und Erwachsene nicht für jedes Angebot in die Kernstadt fahren müssen.",
      ],
      measures:
        "- **Wohnen:** Vermieterbörse mit Beratung zu Mietausfällen und Begleitung durch Wohnpatinnen und Wohnpaten\n- **Arbeit und Ausbildung:** Praktikumsnetzwerk mit Betrieben aus Kehl und dem Rheinhafen, Bewerbungstraining durch Ehrenamtliche im Ruhestand\n- **Schule:** Hausaufgabenhilfe für Kinder aus Vorbereitungsklassen in Kork und Goldscheuer\n- **Sprache:** Sprachcafés in der Stadtbibliothek und in zwei Stadtteilen, ergänzend zu den Integrationskursen und offen für alle Kehler Sprachlernenden",
      nextSteps:
        "Das Sachgebiet Integration lädt im Sommer 2017 zu einer Bilanzveranstaltung ein, bei der die Arbeitsgruppen über Vermieterbörse und Praktikumsnetzwerk berichten. Geprüft wird außerdem eine Zusammenarbeit mit Initiativen in Straßburg, die jenseits des Rheins ebenfalls Sprachcafés für Geflüchtete anbieten.",
      costs: {
        total: 6125,
        funding: 3000,
        ownShare: 3125,
        spentOn:
          "- Miete und Technik in der Stadthalle Kehl\n- Honorar der externen Moderatorin aus Offenburg für zwei Werkstätten\n- Sprachmittlung und Übersetzung der Einladungen ins Arabische, Farsi und Französische\n- Getränke, Imbiss und Moderationsmaterial für Bürgerforum und Werkstätten",
      },
      recommendations:
        "- Beim Kehler Bürgerforum genügten Impulse der Fachleute von jeweils fünf Minuten; der größte Teil des Abends gehörte den Fragen aus der Bürgerschaft.\n- Vermieter erreicht man nicht über allgemeine Einladungen; in Kehl halfen persönliche Anschreiben über den Haus- und Grundbesitzerverein und die Wohnungsbaugesellschaft.\n- Studierende der Hochschule Kehl haben als Protokollführende die Verwaltung entlastet und eigene Ideen eingebracht.\n- Teilen Sie große Themen auf mehrere Werkstätten auf – alle vier Handlungsfelder an einem Abend wären in Kehl zu viel gewesen.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Sachgebiet Integration, Fachbereich Soziales",
          email: "integration@kehl.example",
          phone: null,
        },
        {
          function: "Koordination Vermieterbörse",
          office: "Fachbereich Soziales",
          email: "wohnen@kehl.example",
          phone: null,
        },
      ],
      quote: {
        text: "Wohnung, Arbeit, Schule und Sprache – wer über Integration in Kehl spricht, muss über diese vier Dinge reden, und zwar mit der ganzen Bürgerschaft.",
        author: "Oberbürgermeisteramt Kehl",
        role: "Stadt Kehl",
      },
    },
  ],
};
