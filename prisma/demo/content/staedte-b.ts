import type { DemoContentFile } from "../types";

/**
 * Demo content: Städte, teasers 8–14 of the overview page
 * (Leonberg, Ludwigsburg, Mössingen, Nagold, Neckarsulm, Nürtingen, Offenburg).
 */
export const content: DemoContentFile = {
  municipalities: [
    {
      slug: "leonberg",
      name: "Leonberg",
      kind: "STADT",
      landkreisSlug: "landkreis-boeblingen",
      regierungsbezirk: "STUTTGART",
      ags: "08115028",
      population: 48100,
      latitude: 48.7994,
      longitude: 9.0123,
      website: "https://www.leonberg.de",
    },
    {
      slug: "ludwigsburg",
      name: "Ludwigsburg",
      kind: "STADT",
      landkreisSlug: "landkreis-ludwigsburg",
      regierungsbezirk: "STUTTGART",
      ags: "08118048",
      population: 93500,
      latitude: 48.8953,
      longitude: 9.192,
      website: "https://www.ludwigsburg.de",
    },
    {
      slug: "moessingen",
      name: "Mössingen",
      kind: "STADT",
      landkreisSlug: "landkreis-tuebingen",
      regierungsbezirk: "TUEBINGEN",
      ags: "08416025",
      population: 20300,
      latitude: 48.4057,
      longitude: 9.0542,
      website: "https://www.moessingen.de",
    },
    {
      slug: "nagold",
      name: "Nagold",
      kind: "STADT",
      landkreisSlug: "landkreis-calw",
      regierungsbezirk: "KARLSRUHE",
      ags: "08235046",
      population: 22300,
      latitude: 48.5522,
      longitude: 8.725,
      website: "https://www.nagold.de",
    },
    {
      slug: "neckarsulm",
      name: "Neckarsulm",
      kind: "STADT",
      landkreisSlug: "landkreis-heilbronn",
      regierungsbezirk: "STUTTGART",
      ags: "08125065",
      population: 26500,
      latitude: 49.192,
      longitude: 9.2246,
      website: "https://www.neckarsulm.de",
    },
    {
      slug: "nuertingen",
      name: "Nürtingen",
      kind: "STADT",
      landkreisSlug: "landkreis-esslingen",
      regierungsbezirk: "STUTTGART",
      ags: "08116049",
      population: 40700,
      latitude: 48.6268,
      longitude: 9.341,
      website: "https://www.nuertingen.de",
    },
    {
      slug: "offenburg",
      name: "Offenburg",
      kind: "STADT",
      landkreisSlug: "ortenaukreis",
      regierungsbezirk: "FREIBURG",
      ags: "08317096",
      population: 59600,
      latitude: 48.4711,
      longitude: 7.944,
      website: "https://www.offenburg.de",
    },
  ],

  profiles: [
    // ------------------------------------------------------------------ 8. Leonberg
    {
      slug: "leonberg-soforthilfe-integration",
      municipalitySlug: "leonberg",
      title: "Von der Soforthilfe zur Integration: Flüchtlingsdialog Leonberg",
      teaser:
        "Aufgrund geänderter Rahmenbedingungen muss sich die Flüchtlingsarbeit in Leonberg weg von Soforthilfemaßnahmen hin zu Integrationsmaßnahmen wandeln. Um diesen Wandel einzuleiten, wurde beschlossen, einen Kommunalen Flüchtlingsdialog (KFD) durchzuführen.",
      occasion:
        "Im Herbst 2015 kamen innerhalb weniger Wochen mehrere hundert Geflüchtete nach Leonberg, die der Landkreis Böblingen in Gemeinschaftsunterkünften und zeitweise in einer Sporthalle unterbrachte. Ehrenamtliche aus Eltingen, Höfingen, Warmbronn und der Kernstadt organisierten damals Kleiderkammer, Fahrdienste und Begleitung zu Behörden – Soforthilfe im besten Sinne.\n\n" +
        "Anfang 2016 änderten sich die Rahmenbedingungen in Leonberg spürbar: Die Zugangszahlen gingen zurück, viele Menschen erhielten einen Aufenthaltsstatus und wechselten in die Anschlussunterbringung der Stadt. Damit rückten für die Leonberger Helferkreise Wohnungssuche, Sprachkurse, Ausbildung und Arbeit in den Vordergrund. Der Gemeinderat beschloss im März 2016, diesen Übergang mit einem Kommunalen Flüchtlingsdialog (KFD) einzuleiten, damit Verwaltung, Helferkreise und Bürgerschaft die Arbeit gemeinsam neu ausrichten.",
      goals:
        "- Die bestehende Soforthilfe in Leonberg geordnet in dauerhafte Integrationsangebote überführen\n" +
        "- Aufgaben zwischen Stadtverwaltung, Landratsamt Böblingen und den Leonberger Helferkreisen klären\n" +
        "- Für die Handlungsfelder Wohnen, Sprache und Arbeit in Leonberg konkrete Vorhaben mit Verantwortlichen festlegen\n" +
        "- Neue Engagierte aus Leonberger Vereinen und Betrieben für die Integrationsarbeit gewinnen",
      formatSlugs: ["buergerforum", "workshop"],
      concept:
        "Der Leonberger Dialog bestand aus drei aufeinander aufbauenden Veranstaltungen:\n\n" +
        "- **Auftaktforum am 18.06.2016 in der Stadthalle Leonberg:** Rückblick auf die Monate der Soforthilfe, Kurzberichte der Helferkreise aus Eltingen, Höfingen und Warmbronn und eine Sammlung der drängendsten Fragen an Pinnwänden.\n" +
        "- **Themenwerkstatt am 13.07.2016 im Rathaus am Belforter Platz:** Vier Arbeitsgruppen zu Wohnen, Spracherwerb, Ausbildung und Arbeit sowie zur Zukunft des Leonberger Ehrenamts entwickelten Vorschläge und prüften sie auf Umsetzbarkeit.\n" +
        "- **Ergebniskonferenz am 08.10.2016:** Die Arbeitsgruppen stellten ihre Vorhaben vor, Stadtverwaltung und Helferkreise vereinbarten Zuständigkeiten und Zeitpläne bis Sommer 2017.\n\n" +
        "Zwischen den drei Leonberger Terminen arbeiteten die Gruppen in kleinen Runden weiter; die Protokolle standen allen Teilnehmenden auf der städtischen Website zur Verfügung.",
      eventDates: ["2016-06-18", "2016-07-13", "2016-10-08"],
      eventCount: 3,
      moderation: {
        type: "EXTERN",
        organisation: "Externes Beteiligungsbüro aus Stuttgart",
        description:
          "Ein Moderationsteam eines Stuttgarter Beteiligungsbüros leitete alle drei Leonberger Veranstaltungen und bereitete die Themenwerkstatt mit der städtischen Integrationsstelle vor. Die neutrale Gesprächsleitung war ausdrücklich gewünscht, weil sich Helferkreise und Verwaltung in Leonberg während der Monate der Soforthilfe gelegentlich aneinander gerieben hatten.",
      },
      topicSlugs: ["integrationskonzept", "ehrenamt", "wohnen", "sprache", "arbeit-ausbildung"],
      participantGroups: [
        "BUERGERINNEN",
        "GEFLUECHTETE",
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "VERWALTUNG",
        "POLITIK",
        "VEREINE_VERBAENDE",
        "KIRCHEN",
      ],
      participantCount: 145,
      refugeeParticipation:
        "Rund 25 Geflüchtete aus Syrien, Afghanistan, dem Irak und Eritrea nahmen an den Leonberger Veranstaltungen teil, einige von ihnen an allen drei Terminen. Sprachmittlerinnen und Sprachmittler aus dem Helferkreis Eltingen übersetzten an eigenen Tischen ins Arabische, ins Farsi und ins Tigrinya. In der Arbeitsgruppe Ausbildung berichteten zwei junge Syrer von ihren Praktika in Leonberger Handwerksbetrieben.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Tigrinya"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Der Ablauf in drei Stufen hat sich in Leonberg bewährt, weil zwischen Auftaktforum und Ergebniskonferenz genug Zeit für die Arbeitsgruppen blieb. Die Themenwerkstatt am Belforter Platz lag kurz vor den Sommerferien und war schwächer besucht als erhofft. Die Leonberger Ergebnisse zu Wohnen und Ausbildung sind dagegen konkreter geworden, als wir zu Beginn erwartet hatten.",
      keyResults: [
        "Die Leonberger Helferkreise haben Kleiderkammer und Fahrdienste gebündelt und setzen frei werdende Kräfte nun für Sprachpatenschaften ein.",
        "Stadtverwaltung und Landratsamt Böblingen haben für Leonberg eine gemeinsame Übersicht der Zuständigkeiten in der Anschlussunterbringung erstellt.",
        "Eine Arbeitsgruppe aus Leonberger Handwerksbetrieben, Jobcenter und Ehrenamtlichen vermittelt seit Herbst 2016 Praktikumsplätze an Geflüchtete.",
      ],
      measures:
        "- **Sprachpaten Leonberg:** Ehrenamtliche begleiten Geflüchtete in der Anschlussunterbringung beim Deutschlernen, koordiniert über die städtische Integrationsstelle.\n" +
        "- **Wohnraumbörse:** Die Stadt ruft Leonberger Vermieterinnen und Vermieter auf, freie Wohnungen zu melden, und sichert ihnen einen festen Ansprechpartner im Rathaus am Belforter Platz zu.\n" +
        "- **Praktikumsnetz:** Betriebe aus dem Gewerbegebiet Hertich und Leonberger Handwerker bieten Schnupperpraktika für Geflüchtete an.\n" +
        "- **Helferkreis-Runde:** Vierteljährliches Treffen aller Leonberger Helferkreise mit Stadtverwaltung und Landratsamt Böblingen.",
      nextSteps:
        "Die Integrationsstelle wertet im Frühjahr 2017 aus, wie viele Sprachpatenschaften und Praktika in Leonberg zustande gekommen sind. Die Ergebnisse fließen in ein Leonberger Integrationskonzept, das dem Gemeinderat im Sommer 2017 vorgelegt werden soll. Bis dahin wird die vierteljährliche Helferkreis-Runde im Leonberger Rathaus fortgesetzt.",
      costs: {
        total: 5840,
        funding: 3000,
        ownShare: 2840,
        spentOn:
          "- Honorar des Stuttgarter Moderationsbüros für drei Leonberger Veranstaltungen: 3.900 EUR\n" +
          "- Saalmiete und Technik in der Stadthalle Leonberg: 780 EUR\n" +
          "- Verpflegung und Kinderbetreuung an den drei Leonberger Terminen: 740 EUR\n" +
          "- Einladungen und Plakate für das Leonberger Auftaktforum in vier Sprachen: 420 EUR",
      },
      recommendations:
        "- Den Übergang von der Soforthilfe zur Integration offen benennen: In Leonberg erleichterte ein ehrlicher Rückblick auf die Monate in der Sporthalle den Blick nach vorn.\n" +
        "- Die Leonberger Helferkreise waren schon an der Planung beteiligt und nicht erst an der Einladung, was wir anderen Städten ausdrücklich empfehlen.\n" +
        "- Zwischen Auftakt und Ergebnis genug Zeit einplanen; die Spanne von Juni bis Oktober 2016 war für unsere Arbeitsgruppen angemessen.\n" +
        "- Das Landratsamt früh einbinden, wenn wie in Leonberg Gemeinschaftsunterkünfte des Kreises und städtische Anschlussunterbringung nebeneinander bestehen.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Integrationsstelle der Stadt Leonberg",
          email: "integration@leonberg.example",
          phone: null,
        },
      ],
      quote: {
        text: "Die Soforthilfe im Herbst 2015 hat gezeigt, was Leonberg leisten kann; mit dem Dialog haben wir begonnen, daraus eine dauerhafte Integrationsarbeit zu machen.",
        author: "Bürgermeisteramt Leonberg",
        role: "Stadt Leonberg",
      },
    },

    // ------------------------------------------------------------------ 9. Ludwigsburg
    {
      slug: "ludwigsburg-begegnung-vernetzung",
      municipalitySlug: "ludwigsburg",
      title: "Ludwigsburg kommt ins Gespräch: Begegnung, Vernetzung, Anerkennung",
      teaser:
        "Ludwigsburg wollte die Bürgerinnen und Bürger der Stadt mit den geflüchteten Menschen in Kontakt und ins Gespräch bringen und durch die Vernetzung aller Akteure Transparenz schaffen. Weitere Ziele waren der Ausbau der Strukturen, die Anerkennung des ehrenamtlichen Engagements in der Flüchtlingsarbeit, Begegnung, der Abbau von Sorgen und Ängsten sowie der gegenseitige Austausch.",
      occasion:
        "Ende 2015 lebten in Ludwigsburg rund 1.300 Geflüchtete, verteilt auf Gemeinschaftsunterkünfte des Landkreises und erste städtische Wohnungen der Anschlussunterbringung. In fast jedem Stadtteil – von Eglosheim über Grünbühl bis Poppenweiler – hatten sich Freundeskreise gebildet, dazu kamen Angebote von Kirchengemeinden, Wohlfahrtsverbänden und Sportvereinen.\n\n" +
        "Viele dieser Ludwigsburger Initiativen wussten jedoch wenig voneinander. In Bürgerversammlungen zu neuen Unterkünften wurden zudem immer wieder Sorgen laut, etwa zur Sicherheit oder zur Belastung von Schulen und Kitas in Oßweil und der Weststadt. Gleichzeitig hatten die meisten Ludwigsburgerinnen und Ludwigsburger noch nie persönlich mit einem geflüchteten Menschen gesprochen. Ludwigsburg wollte deshalb Begegnung ermöglichen, die Arbeit der vielen Engagierten in den Stadtteilen sichtbar machen und würdigen und die Strukturen der städtischen Flüchtlingsarbeit transparent und belastbar aufstellen.",
      goals:
        "- Ludwigsburgerinnen und Ludwigsburger mit Geflüchteten persönlich ins Gespräch bringen\n" +
        "- Transparenz darüber schaffen, wer in welchem Ludwigsburger Stadtteil welche Hilfe anbietet\n" +
        "- Die Strukturen der Ludwigsburger Flüchtlingsarbeit ausbauen und eine stadtweite Vernetzung verstetigen\n" +
        "- Das Engagement der Freundeskreise von Eglosheim bis Poppenweiler öffentlich anerkennen\n" +
        "- Sorgen aus den Ludwigsburger Bürgerversammlungen aufgreifen und im direkten Austausch abbauen",
      formatSlugs: ["world-cafe", "begegnungsfest", "runder-tisch"],
      concept:
        "Die Stadt Ludwigsburg setzte auf drei unterschiedliche Formate, die sich gegenseitig ergänzten:\n\n" +
        "- **World Café im Forum am Schlosspark (23.04.2016):** An zwölf Tischen sprachen Bürgerinnen und Bürger, Geflüchtete und Ehrenamtliche in wechselnden Runden über Nachbarschaft, Sprache, Arbeit und Freizeit; an zwei Tischen ging es ausdrücklich um Sorgen und Befürchtungen.\n" +
        "- **Begegnungsfest in Grünbühl (09.07.2016):** Freundeskreise, Vereine und Bewohnerinnen der Unterkünfte gestalteten gemeinsam Stände, Musik und ein Fußballturnier; eine „Landkarte der Angebote“ zeigte alle Initiativen im Ludwigsburger Stadtgebiet.\n" +
        "- **Runder Tisch mit Anerkennungsabend (17.11.2016):** Vertreterinnen und Vertreter aller Ludwigsburger Freundeskreise vereinbarten mit der Verwaltung feste Vernetzungstreffen; anschließend dankte die Stadtspitze den Ehrenamtlichen mit einem Empfang im Rathaus.",
      eventDates: ["2016-04-23", "2016-07-09", "2016-11-17"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Fachbereich Bürgerschaftliches Engagement der Stadt Ludwigsburg mit einer freiberuflichen Moderatorin aus der Region Stuttgart",
        description:
          "World Café und Runden Tisch moderierte eine freiberufliche Moderatorin aus der Region Stuttgart, die vorab zwölf Tischgastgeberinnen und -gastgeber aus den Ludwigsburger Freundeskreisen schulte. Das Begegnungsfest in Grünbühl organisierte die Stadtverwaltung selbst, unterstützt von der Stadtteilarbeit vor Ort und den Grünbühler Vereinen.",
      },
      topicSlugs: ["begegnung", "vernetzung", "ehrenamt", "nachbarschaft-zusammenleben", "sicherheit"],
      participantGroups: [
        "BUERGERINNEN",
        "GEFLUECHTETE",
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "VERWALTUNG",
        "POLITIK",
        "VEREINE_VERBAENDE",
        "KIRCHEN",
        "SCHULEN",
      ],
      participantCount: 240,
      refugeeParticipation:
        "Beim World Café saß an jedem der zwölf Ludwigsburger Tische mindestens eine geflüchtete Person; Dolmetscherinnen und Dolmetscher für Arabisch, Farsi, Kurdisch und Tigrinya wechselten zwischen den Tischen. Das Begegnungsfest in Grünbühl planten Bewohnerinnen und Bewohner der Unterkünfte mit: Sie kochten syrische und eritreische Gerichte und stellten eine eigene Mannschaft für das Fußballturnier.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Kurdisch", "Tigrinya", "Englisch"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Die Mischung aus Gespräch, Fest und Arbeitstreffen hat in Ludwigsburg sehr unterschiedliche Menschen erreicht, darunter viele, die sonst keine Bürgerversammlung besuchen. Beim Ausbau der Strukturen ging es langsamer voran als bei der Begegnung, weil die Abstimmung zwischen den Freundeskreisen der einzelnen Ludwigsburger Stadtteile Zeit braucht.",
      keyResults: [
        "Die „Landkarte der Angebote“ vom Grünbühler Fest ist seit Dezember 2016 als Übersicht aller Ludwigsburger Initiativen online und wird von der Verwaltung gepflegt.",
        "Die Freundeskreise aus den Ludwigsburger Stadtteilen treffen sich seit dem Runden Tisch im November 2016 zweimal jährlich mit der Stadtverwaltung.",
        "Im World Café benannte Sorgen zu Schulwegen und Nachtruhe rund um die Unterkünfte gingen an die zuständigen Ämter und wurden in Oßweil und Grünbühl mit Anwohnern besprochen.",
      ],
      measures:
        "- Online-Übersicht aller Angebote der Flüchtlingsarbeit in Ludwigsburg mit Ansprechpersonen je Stadtteil\n" +
        "- Halbjährliches Vernetzungstreffen der Ludwigsburger Freundeskreise mit dem Fachbereich Bürgerschaftliches Engagement\n" +
        "- Jährlicher Anerkennungsabend für Ehrenamtliche in der Ludwigsburger Flüchtlingsarbeit, erstmals am 17.11.2016\n" +
        "- Sprechstunde für Anwohnerinnen und Anwohner von Unterkünften im Ludwigsburger Bürgerbüro, jeweils am ersten Donnerstag im Monat\n" +
        "- Fortsetzung des Begegnungsfests im Sommer 2017, dann in Eglosheim",
      nextSteps:
        "Das zweite Begegnungsfest ist für Juli 2017 in Eglosheim geplant und wird von den dortigen Freundeskreisen vorbereitet. Die Online-Übersicht soll um Angebote der Ludwigsburger Sportvereine ergänzt werden. Außerdem prüft die Verwaltung, ob die Sprechstunde für Anwohner künftig auch vor Ort in Oßweil angeboten wird.",
      costs: {
        total: 8450,
        funding: 3000,
        ownShare: 5450,
        spentOn:
          "- Honorar der Moderatorin für World Café und Runden Tisch in Ludwigsburg: 2.600 EUR\n" +
          "- Dolmetschleistungen an den drei Ludwigsburger Terminen: 1.350 EUR\n" +
          "- Zelt, Bühne und Technik für das Begegnungsfest in Grünbühl: 2.480 EUR\n" +
          "- Verpflegung und Anerkennungsempfang für die Ludwigsburger Freundeskreise: 1.420 EUR\n" +
          "- Gestaltung der Ludwigsburger Angebotslandkarte und der Einladungen: 600 EUR",
      },
      recommendations:
        "- Sorgen nicht ausklammern: Im Ludwigsburger World Café hatten die zwei Tische zu Befürchtungen den größten Zulauf, und die Gespräche dort verliefen sachlich.\n" +
        "- Ein Fest wie in Grünbühl eignet sich für den ersten Kontakt, verbindliche Absprachen brauchen aber einen eigenen Termin wie unseren Runden Tisch im November.\n" +
        "- Geflüchtete nicht nur als Gäste einladen, sondern wie beim Grünbühler Fest an Küche, Programm und Turnier beteiligen.\n" +
        "- Anerkennung sichtbar machen: Der Empfang durch die Stadtspitze hat den Ludwigsburger Freundeskreisen viel bedeutet.",
      contacts: [
        {
          function: "Koordination Flüchtlingsarbeit",
          office: "Fachbereich Bürgerschaftliches Engagement, Stadt Ludwigsburg",
          email: "fluechtlingsarbeit@ludwigsburg.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // ------------------------------------------------------------------ 10. Mössingen
    {
      slug: "moessingen-anschlussunterbringung-neubau",
      municipalitySlug: "moessingen",
      title: "Neubau für die Anschlussunterbringung: Mössinger Bürgerdialog",
      teaser:
        "Mit dem Kommunalen Flüchtlingsdialog sollte in Mössingen Unterstützung für ein geplantes Bauvorhaben zur Anschlussunterbringung von Menschen mit Fluchterfahrung gewonnen werden. Zugleich sollten weitere Bürgerinnen und Bürger in den Integrationsprozess eingebunden werden.",
      occasion:
        "Die Stadt Mössingen muss bis Ende 2017 rund 250 Menschen mit Fluchterfahrung in der Anschlussunterbringung Wohnraum bieten, nachdem sie die Gemeinschaftsunterkünfte des Landkreises Tübingen verlassen haben. Der private Wohnungsmarkt in der Kernstadt und in Belsen, Öschingen und Talheim reicht dafür nicht aus. Der Gemeinderat beschloss deshalb im Frühjahr 2016, auf einem städtischen Grundstück in Bästenhardt zwei Gebäude in Holzbauweise für etwa 50 Personen zu errichten.\n\n" +
        "Nach ersten Berichten im Mössinger Amtsblatt gab es neben Zustimmung auch kritische Fragen von Anwohnerinnen und Anwohnern: zur Größe der Gebäude, zur Belegung und zur Betreuung. Die Stadt wollte diese Fragen nicht in einer einzelnen Gemeinderatssitzung klären, sondern die Nachbarschaft in Bästenhardt frühzeitig einbeziehen und zugleich neue Unterstützerinnen und Unterstützer für die Integration gewinnen.",
      goals:
        "- Die Nachbarschaft in Bästenhardt vor Baubeginn umfassend über das Mössinger Bauvorhaben informieren\n" +
        "- Fragen und Bedenken der Anwohnerschaft aufnehmen und, wo möglich, in die Planung der beiden Holzhäuser in Bästenhardt einfließen lassen\n" +
        "- Ideen sammeln, wie die künftigen Bewohnerinnen und Bewohner in Bästenhardt gut ankommen\n" +
        "- Neue Ehrenamtliche für den Arbeitskreis Asyl Mössingen und für Patenschaften gewinnen",
      formatSlugs: ["informationsveranstaltung", "aufsuchendes-format", "workshop"],
      concept:
        "Der Dialog begann mit einer **Informationsveranstaltung am 22.09.2016** in der Pausa-Tonnenhalle, bei der Stadtbauamt, Architekt und Sozialverwaltung die Pläne vorstellten und rund 90 Minuten lang Fragen beantworteten.\n\n" +
        "Am **15.10.2016** folgte ein **Spaziergang über das Baugrundstück** in Bästenhardt: In kleinen Gruppen gingen Anwohnende, Stadträtinnen und Stadträte sowie Geflüchtete aus bestehenden Mössinger Wohnungen das Gelände ab und sammelten Hinweise zu Wegen, Parkplätzen und Spielflächen.\n\n" +
        "Den Abschluss bildete am **24.11.2016** eine **Planungswerkstatt** im evangelischen Gemeindehaus in Bästenhardt, in der drei Gruppen Vorschläge zu Außengelände, Nachbarschaftskontakten und ehrenamtlicher Begleitung erarbeiteten. Die Ergebnisse der Werkstatt wurden dem Mössinger Gemeinderat im Dezember 2016 vorgelegt.",
      eventDates: ["2016-09-22", "2016-10-15", "2016-11-24"],
      eventCount: 3,
      moderation: {
        type: "EXTERN",
        organisation: "Moderationsbüro für Bürgerbeteiligung aus Tübingen",
        description:
          "Ein Tübinger Moderationsbüro plante die drei Mössinger Termine gemeinsam mit Stadtbauamt und Sozialverwaltung und leitete sie. Wichtig war, dass die Moderation nicht Partei für das Bauvorhaben ergriff: Kritische Fragen zum Standort Bästenhardt wurden auf Karten festgehalten und von der Verwaltung schriftlich beantwortet.",
      },
      topicSlugs: ["wohnen", "nachbarschaft-zusammenleben", "ehrenamt", "begegnung"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "VERWALTUNG", "POLITIK", "KIRCHEN", "VEREINE_VERBAENDE"],
      participantCount: 120,
      refugeeParticipation:
        "Zwölf Geflüchtete, die bereits in Mössinger Wohnungen der Anschlussunterbringung leben, nahmen am Spaziergang und an der Planungswerkstatt teil und berichteten vom Alltag in ihrer neuen Nachbarschaft. Ehrenamtliche des Arbeitskreises Asyl Mössingen übersetzten ins Arabische und ins Persische. Eine Familie aus Aleppo stellte ihre Erfahrungen bei der Informationsveranstaltung in der Tonnenhalle selbst vor.",
      languages: ["Deutsch", "Arabisch", "Persisch"],
      processRating: 4,
      resultsRating: 5,
      ratingComment:
        "Die frühe Einbindung der Nachbarschaft hat in Mössingen Misstrauen abgebaut, auch wenn die Informationsveranstaltung in der Tonnenhalle zeitweise sehr kontrovers verlief. Dass mehrere Vorschläge aus der Planungswerkstatt tatsächlich in die Baupläne für Bästenhardt übernommen wurden, werten wir als besonders gutes Ergebnis.",
      keyResults: [
        "Der Gemeinderat hat das Bauvorhaben in Bästenhardt im Dezember 2016 mit breiter Mehrheit beschlossen und dabei drei Vorschläge aus der Mössinger Planungswerkstatt übernommen.",
        "Für die künftigen Bewohnerinnen und Bewohner der beiden Holzhäuser haben sich 23 Mössingerinnen und Mössinger als Patinnen und Paten gemeldet.",
        "Ein Nachbarschaftsbeirat aus Anwohnenden, Arbeitskreis Asyl und Stadtverwaltung begleitet den Bau in Bästenhardt bis zum Einzug.",
      ],
      measures:
        "- Gemeinsam genutzter Spielplatz auf dem Grundstück in Bästenhardt statt getrennter Flächen, wie in der Planungswerkstatt vorgeschlagen\n" +
        "- Verlegung der Parkplätze an die Zufahrtsseite des Mössinger Grundstücks, um die angrenzende Wohnstraße zu entlasten\n" +
        "- Nachbarschaftsbeirat Bästenhardt mit sechs Mitgliedern, der sich bis zum Einzug alle zwei Monate trifft\n" +
        "- Patenschaftsprogramm des Arbeitskreises Asyl Mössingen mit einem Einführungsabend für neue Patinnen und Paten\n" +
        "- Baustellenfest in Bästenhardt vor dem Einzug, zu dem die ganze Nachbarschaft eingeladen wird",
      nextSteps:
        "Baubeginn in Bästenhardt ist für das Frühjahr 2017 vorgesehen, der Einzug der ersten Familien für Anfang 2018. Bis dahin trifft sich der Nachbarschaftsbeirat regelmäßig im Gemeindehaus in Bästenhardt. Kurz vor dem Einzug plant der Arbeitskreis Asyl Mössingen ein Baustellenfest, bei dem sich künftige Bewohner und Anwohnende kennenlernen können.",
      costs: {
        total: 4380,
        funding: 3000,
        ownShare: 1380,
        spentOn:
          "- Honorar des Tübinger Moderationsbüros für drei Mössinger Termine: 2.950 EUR\n" +
          "- Miete und Technik in der Pausa-Tonnenhalle: 540 EUR\n" +
          "- Lagepläne, Modellfotos und Plakate für den Spaziergang in Bästenhardt: 510 EUR\n" +
          "- Verpflegung bei Spaziergang und Planungswerkstatt in Bästenhardt: 380 EUR",
      },
      recommendations:
        "- Bei Bauvorhaben den Dialog beginnen, solange noch etwas zu entscheiden ist; in Mössingen waren Spielplatz und Parkplätze noch offen, und das hat die Beteiligung glaubwürdig gemacht.\n" +
        "- Ein Spaziergang über das Grundstück in Bästenhardt hat abstrakte Pläne greifbar gemacht und Anwohnende und Geflüchtete ganz nebenbei ins Gespräch gebracht.\n" +
        "- Fragen, die an einem Abend offen bleiben, schriftlich nachreichen, wie wir es nach der Veranstaltung in der Tonnenhalle getan haben.\n" +
        "- Geflüchtete, die schon in der Stadt wohnen, als Gesprächspartner einladen: Ihre Berichte haben in Mössingen mehr überzeugt als jeder Lageplan.",
      contacts: [
        {
          function: "Sachgebiet Integration",
          office: "Amt für Familie, Bildung und Soziales, Stadt Mössingen",
          email: "integration@moessingen.example",
          phone: null,
        },
        {
          function: "Projektleitung Hochbau",
          office: "Stadtbauamt Mössingen",
          email: "hochbau@moessingen.example",
          phone: null,
        },
      ],
      quote: {
        text: "Wer in Bästenhardt mitgeredet hat, weiß jetzt, wer dort einziehen wird und warum wir bauen – das war uns wichtiger als ein schneller Beschluss.",
        author: "Bürgermeisteramt Mössingen",
        role: "Stadt Mössingen",
      },
    },

    // ------------------------------------------------------------------ 11. Nagold
    {
      slug: "nagold-akteure-vernetzen",
      municipalitySlug: "nagold",
      title: "Nagold bringt Akteure zusammen: Flüchtlingsbeauftragte trifft Ehrenamt",
      teaser:
        "Die neue Stelle einer Flüchtlingsbeauftragten, die Ehrenamtskoordinatorinnen, ein neuer Freundeskreis Asyl: In Nagold gab es 2016 viele neue Beteiligte in der Flüchtlingsarbeit. Der Kommunale Flüchtlingsdialog sollte diese verschiedenen lokalen Akteure zusammenbringen.",
      occasion:
        "Im Jahr 2016 hat sich die Flüchtlingsarbeit in Nagold innerhalb weniger Monate stark verändert. Die Stadt schuf im Frühjahr die neue Stelle einer Flüchtlingsbeauftragten im Nagolder Rathaus, zwei Ehrenamtskoordinatorinnen nahmen in Teilzeit ihre Arbeit auf, und in der Kernstadt gründete sich ein neuer Freundeskreis Asyl. Hinzu kamen die Sozialbetreuung des Landratsamts Calw in den Gemeinschaftsunterkünften, die Nagolder Kirchengemeinden, die Volkshochschule mit ihren Sprachkursen und mehrere Sportvereine.\n\n" +
        "Alle wollten helfen, doch die Zuständigkeiten überschnitten sich: Manche Familien in Nagold wurden von drei Stellen betreut, andere von keiner. Ehrenamtliche in Iselshausen und Vollmaringen wussten nicht, an wen sie sich mit Fragen wenden sollten. Der Dialog sollte die Nagolder Akteure an einen Tisch bringen, Rollen klären und Doppelarbeit vermeiden.",
      goals:
        "- Die neuen und die bestehenden Akteure der Nagolder Flüchtlingsarbeit miteinander bekannt machen\n" +
        "- Die Rollen von Flüchtlingsbeauftragter, Ehrenamtskoordinatorinnen, Freundeskreis Asyl und Landratsamt Calw klar beschreiben\n" +
        "- Einen verlässlichen Informationsweg für Ehrenamtliche in der Kernstadt und in den Nagolder Stadtteilen vereinbaren\n" +
        "- Lücken im Nagolder Angebot erkennen, besonders bei Sprachkursen und Freizeit",
      formatSlugs: ["runder-tisch", "open-space", "workshop"],
      concept:
        "Der Nagolder Dialog verlief in drei Schritten:\n\n" +
        "- **Runder Tisch am 11.05.2016 im Rathaus Nagold:** Rund 30 Vertreterinnen und Vertreter von Stadt, Landratsamt, Kirchen, Vereinen und Freundeskreis stellten sich und ihre Aufgaben vor; auf einer großen Wandkarte wurde sichtbar, wer in welchem Stadtteil tätig ist.\n" +
        "- **Open Space am 25.06.2016 in der Alten Seminarturnhalle:** Ehrenamtliche, Geflüchtete und interessierte Nagolderinnen und Nagolder brachten eigene Themen ein; in sieben Gesprächsrunden entstanden Ideen wie ein Frauencafé und eine Fahrradwerkstatt.\n" +
        "- **Arbeitsworkshop am 28.09.2016:** Die Beteiligten legten schriftlich fest, wer in Nagold wofür zuständig ist, und vereinbarten einen gemeinsamen Verteiler sowie regelmäßige Treffen.",
      eventDates: ["2016-05-11", "2016-06-25", "2016-09-28"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation: "Flüchtlingsbeauftragte der Stadt Nagold gemeinsam mit der Volkshochschule Oberes Nagoldtal",
        description:
          "Den Runden Tisch im Rathaus leitete die neue Flüchtlingsbeauftragte selbst, was ihr half, sich bei allen Nagolder Partnern bekannt zu machen. Für Open Space und Arbeitsworkshop übernahm eine erfahrene Kursleiterin der Volkshochschule Oberes Nagoldtal die Moderation, damit die Flüchtlingsbeauftragte selbst mitdiskutieren konnte.",
      },
      topicSlugs: ["vernetzung", "ehrenamt", "integrationskonzept", "sprache", "frauen-familie"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "VEREINE_VERBAENDE", "KIRCHEN"],
      participantCount: 95,
      refugeeParticipation:
        "Am Open Space in der Alten Seminarturnhalle nahmen 18 Geflüchtete teil, vor allem aus Syrien, Afghanistan und Gambia. Zwei Nagolder Sprachmittlerinnen übersetzten ins Arabische und ins Dari, für die Teilnehmenden aus Gambia wurde ins Englische übertragen. Ein syrischer Teilnehmer schlug die Fahrradwerkstatt vor und leitet sie inzwischen gemeinsam mit einem Nagolder Rentner.",
      languages: ["Deutsch", "Arabisch", "Dari", "Englisch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Der Dialog hat in Nagold genau das geleistet, wofür er gedacht war: Die Beteiligten kennen sich heute persönlich und wissen, wen sie anrufen können. Beim Runden Tisch fehlten leider noch die Ehrenamtlichen aus kleineren Stadtteilen wie Gündringen und Schietingen, die erst später dazukamen.",
      keyResults: [
        "Eine schriftliche Aufgabenverteilung zwischen Flüchtlingsbeauftragter, Ehrenamtskoordinatorinnen, Freundeskreis Asyl und Landratsamt Calw liegt seit Oktober 2016 allen Nagolder Beteiligten vor.",
        "Aus dem Open Space in der Alten Seminarturnhalle sind ein Frauencafé und eine Fahrradwerkstatt für Geflüchtete hervorgegangen.",
        "Ein monatlicher Rundbrief der Flüchtlingsbeauftragten erreicht inzwischen rund 120 Ehrenamtliche in der Kernstadt und den Nagolder Stadtteilen.",
      ],
      measures:
        "- Schriftliche Rollenklärung mit festen Ansprechpersonen für jeden Nagolder Stadtteil\n" +
        "- Monatlicher Rundbrief der Nagolder Flüchtlingsbeauftragten an alle Ehrenamtlichen\n" +
        "- Vierteljährliches Akteurstreffen im Rathaus Nagold, abwechselnd vorbereitet von Stadt und Freundeskreis Asyl\n" +
        "- Frauencafé in den Räumen einer Nagolder Kirchengemeinde, jeden zweiten Mittwoch\n" +
        "- Fahrradwerkstatt in einer städtischen Garage, in der Geflüchtete gespendete Räder für Nagold und die Ortsteile instand setzen",
      nextSteps:
        "Im Frühjahr 2017 sollen die Ehrenamtlichen aus Gündringen, Schietingen und Hochdorf zu einem eigenen Treffen eingeladen werden. Die Flüchtlingsbeauftragte prüft zudem mit der Volkshochschule Oberes Nagoldtal, wie Wartezeiten auf Sprachkurse durch ehrenamtliche Lerngruppen überbrückt werden können.",
      costs: {
        total: 3260,
        funding: 3000,
        ownShare: 260,
        spentOn:
          "- Moderationshonorar der Volkshochschule Oberes Nagoldtal für zwei Termine: 1.400 EUR\n" +
          "- Sprachmittlung beim Open Space in der Alten Seminarturnhalle: 560 EUR\n" +
          "- Verpflegung und Kinderbetreuung an den drei Nagolder Terminen: 830 EUR\n" +
          "- Moderationsmaterial, Nagolder Wandkarte und Druckkosten: 470 EUR",
      },
      recommendations:
        "- Wenn viele neue Stellen und Initiativen gleichzeitig entstehen, lohnt sich eine frühe Rollenklärung; in Nagold hat sie Doppelbetreuung spürbar verringert.\n" +
        "- Die Moderation abgeben, wenn die Gastgeberin selbst Beteiligte ist: Unsere Flüchtlingsbeauftragte konnte so im Open Space in der Seminarturnhalle eigene Anliegen einbringen.\n" +
        "- Kleinere Stadtteile wie Gündringen gesondert ansprechen, da Ehrenamtliche von dort seltener zu Terminen in die Nagolder Kernstadt kommen.\n" +
        "- Ein Open Space bringt Ideen hervor, an die eine Verwaltung nicht denkt – die Nagolder Fahrradwerkstatt ist ein Beispiel dafür.",
      contacts: [
        {
          function: "Flüchtlingsbeauftragte",
          office: "Bürgermeisteramt Nagold",
          email: "fluechtlingsbeauftragte@nagold.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // ------------------------------------------------------------------ 12. Neckarsulm
    {
      slug: "neckarsulm-ankommen-nachbarschaft",
      municipalitySlug: "neckarsulm",
      title: "Ankommen in Wohnung und Nachbarschaft: Neckarsulmer Dialog",
      teaser:
        "Der Dialog soll dazu beitragen, gemeinsam mit Bürgerinnen und Bürgern das Ankommen der Geflüchteten in ihren Wohnungen und Nachbarschaften in Neckarsulm gut zu begleiten. Im Mittelpunkt standen Amorbach, Obereisesheim und die Kernstadt, wohin 2016 viele Familien aus den Gemeinschaftsunterkünften gezogen sind.",
      occasion:
        "Seit Mitte 2016 ziehen in Neckarsulm immer mehr Geflüchtete aus den Gemeinschaftsunterkünften des Landkreises Heilbronn in Wohnungen der städtischen Anschlussunterbringung. Die Stadt hat dafür Wohnungen angemietet und eigene Gebäude umgebaut, vor allem in der Kernstadt, in Amorbach und in Obereisesheim. Bis Ende 2016 lebten so rund 280 Menschen in über 60 Neckarsulmer Wohnungen, verteilt auf ganz normale Wohnhäuser.\n\n" +
        "Damit stellten sich in den Neckarsulmer Mietshäusern neue Fragen: Wie funktioniert die Mülltrennung, wer erklärt die Hausordnung, wie kommt man mit den Nachbarn ins Gespräch? In einigen Häusern in Amorbach kam es zu Missverständnissen, etwa wegen Lärm in den Abendstunden oder beim Reinigungsplan für das Treppenhaus. Neckarsulm wollte diese Alltagsfragen gemeinsam mit Nachbarinnen und Nachbarn, Vermietern und Ehrenamtlichen angehen, bevor aus kleinen Konflikten größere werden.",
      goals:
        "- Neckarsulmer Bürgerinnen und Bürger gewinnen, die neue Nachbarn beim Einzug begleiten\n" +
        "- Alltagsfragen rund um Hausordnung, Mülltrennung und Nebenkosten in Neckarsulmer Mietshäusern verständlich erklären\n" +
        "- Private Vermieterinnen und Vermieter in Neckarsulm ermutigen, weitere Wohnungen bereitzustellen\n" +
        "- Kontakte zwischen alten und neuen Bewohnern in Amorbach, Obereisesheim und der Kernstadt stärken",
      formatSlugs: ["buergerforum", "aufsuchendes-format", "workshop"],
      concept:
        "Der Neckarsulmer Dialog verband eine stadtweite Veranstaltung mit Gesprächen direkt vor Ort:\n\n" +
        "- **Bürgerforum am 12.10.2016 in der Ballei:** Die Stadtverwaltung stellte die Anschlussunterbringung in Neckarsulm vor, anschließend diskutierten rund 110 Gäste an Thementischen zu Wohnen, Nachbarschaft und Ehrenamt.\n" +
        "- **Nachbarschaftsgespräche am 05.11. und 19.11.2016:** Ein Team aus Verwaltung und Ehrenamtlichen besuchte an zwei Samstagen Häuser in Amorbach und Obereisesheim, klingelte bei alten und neuen Mietparteien und lud zu Kaffee im Hof oder im Gemeinschaftsraum ein.\n" +
        "- **Werkstatt „Wohnungslotsen“ am 15.03.2017:** 24 Ehrenamtliche entwickelten mit der Stadt ein Begleitangebot für den Einzug, einschließlich einer mehrsprachigen Neckarsulmer Wohnfibel.",
      eventDates: ["2016-10-12", "2016-11-05", "2016-11-19", "2017-03-15"],
      eventCount: 4,
      moderation: {
        type: "GEMISCHT",
        organisation: "Volkshochschule Unterland (Bürgerforum und Werkstatt) mit dem Integrationsteam der Stadt Neckarsulm",
        description:
          "Bürgerforum und Werkstatt moderierte eine Dozentin der Volkshochschule Unterland, die Erfahrung mit interkulturellen Gruppen mitbrachte. Die Nachbarschaftsgespräche in Amorbach und Obereisesheim führte das städtische Integrationsteam selbst, begleitet von Ehrenamtlichen, die viele der Neckarsulmer Familien bereits kannten.",
      },
      topicSlugs: ["wohnen", "nachbarschaft-zusammenleben", "ehrenamt", "begegnung"],
      participantGroups: [
        "BUERGERINNEN",
        "GEFLUECHTETE",
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "VERWALTUNG",
        "WIRTSCHAFT",
        "VEREINE_VERBAENDE",
      ],
      participantCount: 175,
      refugeeParticipation:
        "Bei den Hausbesuchen in Amorbach und Obereisesheim kamen vor allem geflüchtete Familien aus Syrien, dem Irak und Afghanistan mit ihren Nachbarn ins Gespräch; Kinder übernahmen oft spontan das Übersetzen. Beim Bürgerforum in der Ballei standen Dolmetscher für Arabisch, Kurdisch und Dari bereit, und drei geflüchtete Frauen schrieben an der Neckarsulmer Wohnfibel mit.",
      languages: ["Deutsch", "Arabisch", "Kurdisch", "Dari"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Die Hausbesuche waren für Neckarsulm das wirksamste Element, weil sie Menschen erreichten, die nie zu einer Abendveranstaltung gekommen wären. Wohnfibel und Wohnungslotsen brauchen noch Zeit, bis sie in allen städtischen Wohnungen zwischen Dahenfeld und Obereisesheim angekommen sind; deshalb bewerten wir die Ergebnisse etwas zurückhaltender als den Ablauf.",
      keyResults: [
        "Seit April 2017 begleiten 19 ehrenamtliche Wohnungslotsen geflüchtete Familien in Neckarsulm beim Einzug und in den ersten Wochen in der neuen Wohnung.",
        "Die Neckarsulmer Wohnfibel erklärt Hausordnung, Mülltrennung und richtiges Heizen auf Deutsch, Arabisch, Dari und Kurdisch.",
        "Nach den Hausbesuchen in Amorbach und Obereisesheim haben sich in zwei Wohnanlagen regelmäßige Hoftreffen zwischen alten und neuen Mietparteien gebildet.",
      ],
      measures:
        "- **Wohnungslotsen:** Ehrenamtliche übernehmen bei jedem Einzug in eine städtische Wohnung in Neckarsulm eine Begleitung für die ersten drei Monate.\n" +
        "- **Wohnfibel:** Ein mehrsprachiges Heft zum Wohnen in Neckarsulm erhält jede Familie bei der Schlüsselübergabe.\n" +
        "- **Ansprechstelle für Vermieter:** Eine feste Kontaktperson im Neckarsulmer Rathaus betreut private Vermieterinnen und Vermieter, die an Geflüchtete vermieten.\n" +
        "- **Hoftreffen:** Die Stadt unterstützt die Nachbarschaftstreffen in Amorbach und Obereisesheim mit einem kleinen Budget für Getränke und Material.",
      nextSteps:
        "Die Wohnfibel wird im Sommer 2017 nach den ersten Rückmeldungen der Wohnungslotsen überarbeitet und neu aufgelegt. Außerdem will das Integrationsteam die Hausbesuche im Herbst 2017 auf Dahenfeld und weitere Straßen der Neckarsulmer Kernstadt ausweiten.",
      costs: {
        total: 6120,
        funding: 3000,
        ownShare: 3120,
        spentOn:
          "- Moderation durch die Volkshochschule Unterland: 1.650 EUR\n" +
          "- Übersetzung, Gestaltung und Druck der Neckarsulmer Wohnfibel in vier Sprachen: 2.380 EUR\n" +
          "- Dolmetschleistungen beim Bürgerforum in der Ballei: 640 EUR\n" +
          "- Raummiete, Verpflegung und Material für die Hausbesuche in Amorbach und Obereisesheim sowie die Werkstatt: 1.450 EUR",
      },
      recommendations:
        "- Dorthin gehen, wo die Menschen wohnen: Ein Kaffee im Hof einer Wohnanlage in Amorbach hat mehr bewirkt als manche Abendveranstaltung.\n" +
        "- Alltagsthemen wie Mülltrennung ernst nehmen, denn an ihnen entzündeten sich in den Neckarsulmer Mietshäusern die meisten Konflikte.\n" +
        "- Geflüchtete an Infomaterial mitschreiben lassen; die Neckarsulmer Wohnfibel ist durch ihre Hinweise deutlich verständlicher geworden.\n" +
        "- Private Vermieter gezielt ansprechen; in Neckarsulm hat ein fester Kontakt im Rathaus mehrere neue Mietverhältnisse ermöglicht.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Amt für Familie und Soziales, Stadt Neckarsulm",
          email: "integration@neckarsulm.example",
          phone: null,
        },
        {
          function: "Koordination Wohnungslotsen",
          office: "Ehrenamtsbüro der Stadt Neckarsulm",
          email: "wohnungslotsen@neckarsulm.example",
          phone: null,
        },
      ],
      quote: {
        text: "Ankommen passiert nicht im Rathaus, sondern im Treppenhaus – deshalb sind wir mit dem Dialog zu den Menschen nach Amorbach und Obereisesheim gegangen.",
        author: "Integrationsbeauftragte",
        role: "Stadt Neckarsulm",
      },
    },

    // ------------------------------------------------------------------ 13. Nürtingen
    {
      slug: "nuertingen-ideenwerkstatt-rossdorf",
      municipalitySlug: "nuertingen",
      title: "Ideenworkshop Roßdorf: 40 neue Nachbarinnen und Nachbarn in Nürtingen",
      teaser:
        "Im Nürtinger Stadtteil Roßdorf sollen 40 geflüchtete Menschen in einer neu errichteten Einrichtung untergebracht werden. Mit einem projektbezogenen Ideenworkshop machten sich die Nürtingerinnen und Nürtinger Gedanken über die Umsetzung dieses Vorhabens.",
      occasion:
        "Im Frühjahr 2016 stand fest, dass im Nürtinger Stadtteil Roßdorf eine neue Einrichtung für 40 geflüchtete Menschen entstehen würde. Das Gebäude in modularer Bauweise sollte im Sommer 2016 bezugsfertig sein und vor allem Familien sowie einige alleinstehende Männer aufnehmen, die zuvor in Gemeinschaftsunterkünften des Landkreises Esslingen gelebt hatten.\n\n" +
        "Roßdorf ist ein gewachsener Stadtteil mit vielen Familien, einer Grundschule und einem regen Vereins- und Gemeindeleben. Nach der Bekanntgabe des Standorts meldeten sich zahlreiche Roßdorferinnen und Roßdorfer, die helfen wollten, aber auch einige, die Fragen zur Betreuung und zum Schulweg ihrer Kinder hatten. Die Stadt Nürtingen entschied sich, beides aufzugreifen: mit einem Ideenworkshop, der ganz konkret auf das neue Haus in Roßdorf zugeschnitten war.",
      goals:
        "- Die Roßdorfer Nachbarschaft vor dem Einzug umfassend über das neue Haus und seine Belegung informieren\n" +
        "- Ideen sammeln, wie die 40 neuen Bewohnerinnen und Bewohner in Roßdorf gut ankommen\n" +
        "- Ehrenamtliche aus dem Stadtteil für feste Aufgaben rund um das Roßdorfer Haus gewinnen\n" +
        "- Fragen zu Betreuung und Schulweg der Roßdorfer Kinder offen besprechen und beantworten",
      formatSlugs: ["informationsveranstaltung", "workshop"],
      concept:
        "Der Nürtinger Dialog war bewusst kompakt angelegt und bestand aus zwei Terminen:\n\n" +
        "- **Infoabend am 17.03.2016 im Gemeindehaus der Kirchengemeinde in Roßdorf:** Sozialamt, Hochbauamt und der Träger der Sozialbetreuung stellten das Gebäude, die geplante Belegung und das Betreuungskonzept vor und beantworteten Fragen.\n" +
        "- **Ideenworkshop am 16.04.2016 in der Turnhalle der Roßdorfer Grundschule:** An fünf Stationen – Willkommen und Einzug, Kinder und Schule, Sprache, Freizeit und Sport, Nachbarschaftshilfe – sammelten die Teilnehmenden Ideen, bewerteten sie mit Klebepunkten und fanden für die beliebtesten Vorschläge Verantwortliche.\n\n" +
        "Am Ende jeder Station stand eine Liste mit Aufgaben und Zuständigen, die der Helferkreis Roßdorf anschließend übernahm.",
      eventDates: ["2016-03-17", "2016-04-16"],
      eventCount: 2,
      moderation: {
        type: "EXTERN",
        organisation: "Externe Moderatorin eines Beteiligungsbüros aus Esslingen",
        description:
          "Eine Moderatorin aus Esslingen entwarf mit dem Nürtinger Sozialamt das Stationenkonzept für den Ideenworkshop und leitete beide Termine. Sie achtete darauf, dass an jeder Station in Roßdorf konkrete Zusagen statt allgemeiner Wünsche standen, und fasste die Ergebnisse noch am selben Abend in einer Fotodokumentation zusammen.",
      },
      topicSlugs: ["nachbarschaft-zusammenleben", "wohnen", "ehrenamt", "schule-bildung", "kultur-sport-freizeit"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "VERWALTUNG", "KIRCHEN", "VEREINE_VERBAENDE", "SCHULEN"],
      participantCount: 85,
      refugeeParticipation:
        "Da die künftigen Bewohnerinnen und Bewohner im Frühjahr 2016 noch nicht feststanden, lud die Stadt acht Geflüchtete aus anderen Nürtinger Unterkünften zum Ideenworkshop ein. Sie berichteten, was ihnen beim eigenen Einzug in Nürtingen geholfen hätte. Ein Sprachmittler übersetzte ins Arabische, eine Ehrenamtliche aus Roßdorf ins Französische für zwei Teilnehmer aus Kamerun.",
      languages: ["Deutsch", "Arabisch", "Französisch"],
      processRating: 5,
      resultsRating: 5,
      ratingComment:
        "Der enge Bezug auf ein einziges Haus in Roßdorf machte den Workshop sehr konkret, und die Teilnehmenden wussten am Ende genau, was sie übernehmen würden. Zwei Termine reichten für dieses Nürtinger Vorhaben aus; beim Einzug im Sommer 2016 standen Helferinnen und Helfer für fast alle Aufgaben bereit.",
      keyResults: [
        "Beim Einzug der ersten Familien in das neue Haus in Roßdorf im Juli 2016 standen 32 Ehrenamtliche mit festen Aufgaben bereit.",
        "Der Sportverein im Stadtteil öffnete sein Kinderturnen und das Fußballtraining für die Kinder aus der Roßdorfer Einrichtung.",
        "Ein Lesepatenprojekt an der Roßdorfer Grundschule begleitet seit dem Schuljahr 2016/17 Kinder aus dem neuen Haus beim Deutschlernen.",
      ],
      measures:
        "- Willkommensteam, das jede neue Familie der Roßdorfer Einrichtung in den ersten Tagen durch den Stadtteil führt\n" +
        "- Lesepatenschaften an der Grundschule in Roßdorf, organisiert mit der Schulleitung\n" +
        "- Offene Sprechstunde des Helferkreises Roßdorf jeden Dienstagabend im Gemeinschaftsraum des Hauses\n" +
        "- Öffnung von Kinderturnen und Fußballtraining des Roßdorfer Sportvereins für Kinder aus dem neuen Haus\n" +
        "- Nachbarschaftsfest vor dem neuen Haus in Roßdorf zum Einzug im Juli 2016",
      nextSteps:
        "Ein Jahr nach dem Einzug lädt die Stadt Nürtingen im Sommer 2017 Bewohnerinnen, Bewohner und Nachbarschaft zu einer gemeinsamen Bilanz nach Roßdorf ein. Das Stationenformat des Ideenworkshops soll bei den nächsten Nürtinger Standorten der Anschlussunterbringung, etwa in Oberensingen, wieder genutzt werden.",
      costs: {
        total: 2980.5,
        funding: 2500,
        ownShare: 480.5,
        spentOn:
          "- Honorar der Esslinger Moderatorin für Infoabend und Ideenworkshop: 1.800 EUR\n" +
          "- Sprachmittlung beim Workshop in Roßdorf: 280 EUR\n" +
          "- Moderationsmaterial, Stellwände und Fotodokumentation des Roßdorfer Workshops: 390,50 EUR\n" +
          "- Verpflegung und Kinderbetreuung am Workshop-Samstag in der Roßdorfer Turnhalle: 510 EUR",
      },
      recommendations:
        "- Ein Dialog zu einem konkreten Gebäude mobilisiert anders als ein allgemeines Forum: In Roßdorf kamen viele, die sich vorher nie für Flüchtlingsarbeit interessiert hatten.\n" +
        "- Stationen mit klaren Fragen und Klebepunkten halfen uns in der Roßdorfer Turnhalle, aus rund 80 Ideen die umsetzbaren herauszufiltern.\n" +
        "- Am Ende jeder Nürtinger Station standen Namen und Zuständigkeiten, sodass die Vorschläge nicht auf dem Papier blieben.\n" +
        "- Wenn die künftigen Bewohner noch nicht bekannt sind, Geflüchtete aus anderen Unterkünften der Stadt einladen; ihre Erfahrungen waren für die Nürtinger Planung wertvoll.",
      contacts: [
        {
          function: "Sachgebiet Flüchtlingshilfe",
          office: "Amt für Soziales, Stadt Nürtingen",
          email: "fluechtlingshilfe@nuertingen.example",
          phone: null,
        },
      ],
      quote: null,
    },

    // ------------------------------------------------------------------ 14. Offenburg
    {
      slug: "offenburg-begegnung-augenhoehe",
      municipalitySlug: "offenburg",
      title: "Begegnung auf Augenhöhe: Offenburger Dialog nach dem Ankommen",
      teaser:
        "Nach einer ersten Akutphase des „Ankommens“ beginnt jetzt für viele Geflüchtete in Offenburg eine Phase der Integration. Mit dem Kommunalen Flüchtlingsdialog wird eine Begegnung auf Augenhöhe zwischen Bürgerinnen und Bürgern, Geflüchteten und weiteren Akteuren geschaffen.",
      occasion:
        "In den Jahren 2015 und 2016 hat Offenburg zahlreiche Geflüchtete aufgenommen, zunächst in Gemeinschaftsunterkünften des Ortenaukreises, inzwischen zunehmend in Wohnungen der städtischen Anschlussunterbringung. Die erste Zeit war geprägt von Versorgung, Behördengängen und der Suche nach Kita- und Schulplätzen; Ehrenamtliche in der Nordweststadt, in Albersbösch und in mehreren Offenburger Ortschaften leisteten dabei viel.\n\n" +
        "Ende 2016 zeichnete sich ab, dass diese Akutphase für viele abgeschlossen ist. Nun geht es in Offenburg um Ausbildung und Arbeit, um Sprache über den Integrationskurs hinaus, um Vereine und Freundschaften. Gleichzeitig beobachtete die Stadt Offenburg, dass Begegnungen oft einseitig blieben: Einheimische halfen, Geflüchtete nahmen Hilfe an. Der Offenburger Dialog sollte Räume schaffen, in denen sich alle Beteiligten auf Augenhöhe begegnen und gemeinsam an der nächsten Phase arbeiten.",
      goals:
        "- Begegnungen in Offenburg schaffen, bei denen Geflüchtete nicht nur Hilfe empfangen, sondern eigene Fähigkeiten einbringen\n" +
        "- Die Themen der Offenburger Integrationsphase gemeinsam bearbeiten: Ausbildung und Arbeit, Sprache, Freizeit\n" +
        "- Betriebe, Vereine und Kulturträger in Offenburg stärker in die Integrationsarbeit einbeziehen\n" +
        "- Aus den Offenburger Gesprächen Vorhaben für 2017 entwickeln, die Geflüchtete mitgestalten",
      formatSlugs: ["world-cafe", "zukunftswerkstatt", "begegnungsfest"],
      concept:
        "Der Offenburger Dialog umfasste drei Veranstaltungen zwischen November 2016 und Mai 2017:\n\n" +
        "- **Dialogabend im Salmen am 26.11.2016:** In einem World Café saßen an jedem Tisch Offenburgerinnen und Offenburger neben Geflüchteten; die Tischgastgeber waren je zur Hälfte Einheimische und Geflüchtete.\n" +
        "- **Zukunftswerkstatt am 18.02.2017:** In den Phasen Kritik, Fantasie und Verwirklichung arbeiteten gemischte Gruppen an Vorhaben zu Ausbildung, Sprache und Freizeit; Vertreter Ortenauer Betriebe waren in die Gruppe Arbeit eingebunden.\n" +
        "- **Fest der Begegnung am 13.05.2017:** Die Gruppen der Zukunftswerkstatt stellten ihre ersten Projekte vor, und Geflüchtete präsentierten Musik, Handwerk und Küche aus ihren Herkunftsländern.",
      eventDates: ["2016-11-26", "2017-02-18", "2017-05-13"],
      eventCount: 3,
      moderation: {
        type: "GEMISCHT",
        organisation: "Fachbereich Soziales der Stadt Offenburg mit einem externen Moderationsteam aus Freiburg",
        description:
          "Ein Freiburger Moderationsteam gestaltete World Café und Zukunftswerkstatt und schulte vorab zehn Tischgastgeberinnen und -gastgeber, darunter fünf Geflüchtete. Das Fest der Begegnung im Mai 2017 organisierte die Offenburger Stadtverwaltung selbst, gemeinsam mit Vereinen und den Arbeitsgruppen der Zukunftswerkstatt.",
      },
      topicSlugs: ["begegnung", "arbeit-ausbildung", "sprache", "kultur-sport-freizeit", "ehrenamt"],
      participantGroups: [
        "BUERGERINNEN",
        "GEFLUECHTETE",
        "EHRENAMTLICHE",
        "HAUPTAMTLICHE",
        "VERWALTUNG",
        "VEREINE_VERBAENDE",
        "WIRTSCHAFT",
        "KIRCHEN",
      ],
      participantCount: 210,
      refugeeParticipation:
        "Geflüchtete waren in Offenburg nicht nur Gäste, sondern Mitgestaltende: Fünf von ihnen leiteten beim Dialogabend im Salmen Tische, nachdem sie in einer eigenen Schulung vorbereitet worden waren. Dolmetscherinnen und Dolmetscher für Arabisch, Farsi, Tigrinya und Somali begleiteten alle drei Offenburger Termine; viele Teilnehmende sprachen nach gut einem Jahr Sprachkurs bereits Deutsch.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Tigrinya", "Somali"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Die gemischte Besetzung der Tischgastgeber im Salmen hat die Atmosphäre spürbar verändert, die Gespräche fanden tatsächlich auf Augenhöhe statt. In der Offenburger Zukunftswerkstatt war die Gruppe Arbeit stark, die Gruppe Freizeit dagegen schwach besetzt, sodass dort bisher weniger Vorhaben umgesetzt sind.",
      keyResults: [
        "Aus der Offenburger Zukunftswerkstatt ist ein Tandemprogramm hervorgegangen, in dem Auszubildende aus Ortenauer Betrieben geflüchtete Jugendliche bei der Berufsorientierung begleiten.",
        "Geflüchtete bieten seit dem Frühjahr 2017 in Offenburg eigene Kurse an, darunter einen Arabisch-Schnupperkurs und eine Nähwerkstatt.",
        "Beim Fest der Begegnung im Mai 2017 stellten sich 14 Offenburger Vereine mit offenen Angeboten für Neuzugezogene vor.",
      ],
      measures:
        "- **Ausbildungstandems:** Auszubildende aus Offenburger und Ortenauer Betrieben begleiten geflüchtete Jugendliche zu Betriebsbesichtigungen und Bewerbungsgesprächen.\n" +
        "- **Können teilen:** Geflüchtete geben ihr Wissen in offenen Kursen weiter, etwa Sprache, Nähen oder Kochen; die Stadt stellt dafür Räume in einem Offenburger Stadtteil- und Familienzentrum.\n" +
        "- **Vereinsbörse:** Eine Übersicht offener Angebote der Offenburger Vereine erscheint in mehreren Sprachen.\n" +
        "- **Jährlicher Dialogabend:** Das Format im Salmen wird einmal im Jahr wiederholt.",
      nextSteps:
        "Im Herbst 2017 startet die zweite Runde der Ausbildungstandems mit weiteren Betrieben aus dem Ortenaukreis. Die Arbeitsgruppe Freizeit soll mit Unterstützung der Offenburger Sportvereine neu belebt werden, und der nächste Dialogabend im Salmen ist für November 2017 vorgesehen.",
      costs: {
        total: 7300,
        funding: 3000,
        ownShare: 4300,
        spentOn:
          "- Honorar des Freiburger Moderationsteams einschließlich Schulung der Tischgastgeber: 3.600 EUR\n" +
          "- Dolmetschleistungen an den drei Offenburger Terminen: 1.250 EUR\n" +
          "- Miete und Technik im Salmen: 950 EUR\n" +
          "- Verpflegung, Material und Bühne für das Offenburger Fest der Begegnung: 1.500 EUR",
      },
      recommendations:
        "- Geflüchtete als Gastgeber einsetzen: Die Schulung von fünf Tischgastgebern vor dem Offenburger Dialogabend war unsere lohnendste Investition.\n" +
        "- In Offenburg hat sich gezeigt, dass auf die Phase des Ankommens eine andere Art der Begegnung folgen muss, weil Hilfe allein noch keine Augenhöhe schafft.\n" +
        "- Betriebe früh ansprechen: Die Ausbildungstandems entstanden, weil Vertreter der Ortenauer Wirtschaft schon an der Zukunftswerkstatt teilnahmen.\n" +
        "- Für jedes Vorhaben aus der Offenburger Zukunftswerkstatt eine Ansprechperson in der Verwaltung benennen, sonst verlieren kleine Gruppen an Schwung.",
      contacts: [
        {
          function: "Koordination Integration",
          office: "Fachbereich Soziales, Stadt Offenburg",
          email: "integration@offenburg.example",
          phone: null,
        },
      ],
      quote: {
        text: "Nach dem Ankommen beginnt das Zusammenleben – und das gelingt nur, wenn Offenburgerinnen und Offenburger mit und ohne Fluchtgeschichte einander als Gleiche begegnen.",
        author: "Fachbereich Soziales",
        role: "Stadt Offenburg",
      },
    },
  ],
};
