import type { DemoContentFile } from "../types";

/**
 * The four Landkreis dialogues of the overview page (Biberach, Freudenstadt,
 * Konstanz, Rems-Murr-Kreis). The Landkreise themselves are listed in
 * landkreise-register.ts, so `municipalities` stays empty here.
 */
export const content: DemoContentFile = {
  municipalities: [],
  profiles: [
    {
      slug: "landkreis-biberach-landratsamt-ehrenamt",
      municipalitySlug: "landkreis-biberach",
      title: "Landratsamt und Ehrenamt: Zusammenarbeit stärken im Landkreis Biberach",
      teaser:
        "Die Zusammenarbeit zwischen Landratsamt und Ehrenamt konkret zu verbessern, war Ziel des Kommunalen Flüchtlingsdialogs im Landkreis Biberach. In Werkstattgesprächen in Laupheim, Riedlingen und Biberach klärten Helferkreise und Kreisverwaltung Zuständigkeiten, Ansprechpartner und Informationswege.",
      occasion:
        "Im Landkreis Biberach lebten Anfang 2016 rund 2.900 Geflüchtete in Gemeinschaftsunterkünften des Landratsamts, verteilt auf mehr als 30 Standorte zwischen Laupheim im Norden und Bad Schussenried im Süden. In fast jeder dieser Gemeinden hatte sich 2015 ein Helferkreis gebildet, der Deutschkurse, Fahrdienste und Kleiderkammern organisierte.\n\nAus den Helferkreisen kam zunehmend Kritik: Anfragen an das Landratsamt blieben unbeantwortet, von Verlegungen der Bewohnerinnen und Bewohner erfuhren die Ehrenamtlichen erst im Nachhinein, und für Fragen zum Asylverfahren fehlte eine feste Ansprechperson. Umgekehrt wussten die Heimleitungen oft nicht, welche Angebote die Freiwilligen vor Ort bereits machten. Beim Helferkreistreffen im Biberacher Kreishaus im März 2016 vereinbarten Kreisverwaltung und Ehrenamt deshalb, ihre Zusammenarbeit in einem Kommunalen Flüchtlingsdialog grundsätzlich zu besprechen und verbindliche Absprachen zu treffen.",
      goals:
        "Der Dialog sollte das Verhältnis zwischen der Kreisverwaltung in Biberach und den Helferkreisen auf eine verlässliche Grundlage stellen. Dazu gehörten:\n\n- eine feste Ansprechperson des Landratsamts für jeden Helferkreis im Nord-, Mittel- und Südkreis\n- ein verlässlicher Informationsweg bei Belegung, Verlegung und Auszug aus den Biberacher Gemeinschaftsunterkünften\n- gegenseitige Anerkennung der Rollen von Heimleitung, Sozialbetreuung und Freiwilligen in den Unterkünften des Kreises\n- Absprachen für den Übergang in die Anschlussunterbringung der Städte und Gemeinden im Landkreis Biberach",
      formatSlugs: ["workshop", "runder-tisch"],
      concept:
        "Der Dialog bestand aus drei regionalen Werkstattgesprächen und einer gemeinsamen Abschlussrunde. Damit die Wege für die Ehrenamtlichen kurz blieben, fanden die Werkstätten in Laupheim, Riedlingen und Biberach statt; eingeladen waren jeweils die Helferkreise der umliegenden Gemeinden, die Heimleitungen und die Sozialbetreuung der Gemeinschaftsunterkünfte.\n\n- **Werkstätten in Laupheim, Riedlingen und Biberach:** Sammlung von Reibungspunkten an Stellwänden, sortiert nach Unterbringung, Behördengängen, Gesundheit und Freizeit; danach Arbeit in Kleingruppen an Lösungsvorschlägen\n- **Abschlussrunde im Kreishaus Biberach:** Sprecherinnen und Sprecher aller Helferkreise stimmten die Vorschläge mit der Amtsleitung ab und legten Verantwortliche und Fristen fest\n\nBewohnerinnen und Bewohner der Unterkünfte in Laupheim und Riedlingen berichteten in jeder Werkstatt, wie sie das Zusammenspiel zwischen Amt und Freiwilligen im Alltag erleben.",
      eventDates: ["2016-06-18", "2016-07-09", "2016-09-24", "2016-11-16"],
      eventCount: 4,
      moderation: {
        type: "GEMISCHT",
        organisation:
          "Externe Moderatorin eines Beteiligungsbüros aus Ulm; Co-Moderation durch die Ehrenamtskoordination des Landratsamts Biberach",
        description:
          "Die drei Werkstätten leitete eine externe Moderatorin aus Ulm, damit Kritik am Landratsamt offen ausgesprochen werden konnte. Die Ehrenamtskoordination des Kreises verschickte die Einladungen, hielt die Ergebnisse in Fotoprotokollen fest und gestaltete die Abschlussrunde im Kreishaus gemeinsam mit der Moderatorin.",
      },
      topicSlugs: ["ehrenamt", "vernetzung", "wohnen"],
      participantGroups: ["EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG", "GEFLUECHTETE", "KIRCHEN"],
      participantCount: 135,
      refugeeParticipation:
        "In jeder Werkstatt schilderten zwei bis drei Bewohnerinnen und Bewohner der Unterkünfte in Laupheim und Riedlingen ihre Erfahrungen mit Behördenpost und Verlegungen. Ehrenamtliche Sprachmittler aus dem Biberacher Dolmetscherpool übersetzten ins Arabische, ins Farsi und ins Tigrinya, sodass auch Teilnehmende ohne Deutschkenntnisse in den Kleingruppen mitreden konnten.",
      languages: ["Deutsch", "Arabisch", "Farsi", "Tigrinya"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Die Werkstatt in Riedlingen begann mit viel Ärger über kurzfristige Verlegungen, endete aber mit konkreten Vorschlägen der Helferkreise aus dem Raum Riedlingen. Dass die Amtsleitung bei der Abschlussrunde im Kreishaus verbindliche Zusagen machte, haben die Ehrenamtlichen ausdrücklich gewürdigt; offen blieb, wie die Absprachen in den kleineren Unterkünften umgesetzt werden.",
      keyResults: [
        "Jeder der 28 Helferkreise im Landkreis Biberach hat seit Dezember 2016 eine feste Ansprechperson im Landratsamt.",
        "Verlegungen aus den Gemeinschaftsunterkünften werden den betroffenen Helferkreisen im Kreis Biberach nun mindestens drei Tage vorher per E-Mail angekündigt.",
        "Ein gemeinsam erarbeiteter Leitfaden „Ehrenamt in den Gemeinschaftsunterkünften des Landkreises Biberach“ regelt Zugang, Datenschutz und Zuständigkeiten.",
      ],
      measures:
        "- Benennung von Ansprechpersonen im Sachgebiet Flüchtlingsunterbringung, je zuständig für die Unterkünfte im Nord-, Mittel- oder Südkreis\n- E-Mail-Verteiler des Landratsamts Biberach für Belegungs- und Verlegungsinformationen an die Sprecherinnen und Sprecher der Helferkreise\n- Leitfaden für Ehrenamtliche mit Hausordnung, Besuchsregeln und Datenschutzhinweisen, gedruckt und als PDF auf der Website des Landkreises Biberach\n- Zweimal jährlich ein Helferkreistreffen, abwechselnd im Kreishaus Biberach und in Laupheim oder Riedlingen\n- Fortbildungsreihe zum Asyl- und Aufenthaltsrecht für die Biberacher Helferkreise, gemeinsam mit der örtlichen Volkshochschule",
      nextSteps:
        "Im Frühjahr 2017 prüft die Ehrenamtskoordination gemeinsam mit den Helferkreis-Sprechern, ob die Vorankündigung von Verlegungen in der Praxis funktioniert. Weil immer mehr Geflüchtete aus den Unterkünften in die Anschlussunterbringung wechseln, sollen 2017 auch die Bürgermeisterämter von Laupheim, Riedlingen, Ochsenhausen und Bad Schussenried in die Absprachen einbezogen werden.",
      costs: {
        total: 4280.5,
        funding: 3000,
        ownShare: 1280.5,
        spentOn:
          "- Honorar der Moderatorin aus Ulm für drei Werkstätten und die Abschlussrunde in Biberach: 2.400 EUR\n- Dolmetschereinsätze in Laupheim, Riedlingen und Biberach: 620 EUR\n- Verpflegung und Raummiete im Gemeindesaal Riedlingen: 760,50 EUR\n- Druck von 500 Exemplaren des Biberacher Ehrenamtsleitfadens: 500 EUR",
      },
      recommendations:
        "Kritik der Ehrenamtlichen sollte die Verwaltung nicht als Angriff verstehen: Im Landkreis Biberach kamen die brauchbarsten Vorschläge gerade aus der Werkstatt in Riedlingen, in der zuvor am meisten geschimpft wurde.\n\n- Werkstätten dezentral anbieten, denn viele Helferkreise aus dem Raum Riedlingen an der Donau hätten eine Fahrt ins Biberacher Kreishaus nach Feierabend nicht auf sich genommen\n- Die Amtsleitung zur Abschlussrunde verbindlich einladen, damit Zusagen nicht nur von der Sachbearbeitung kommen\n- Für jede Vereinbarung eine verantwortliche Stelle und ein Datum festhalten und das Protokoll innerhalb von zwei Wochen verschicken, wie es die Biberacher Ehrenamtskoordination getan hat",
      contacts: [
        {
          function: "Ehrenamtskoordination Flüchtlingshilfe",
          office: "Landratsamt Biberach, Sachgebiet Flüchtlingsunterbringung",
          email: "ehrenamt-fluechtlinge@landkreis-biberach.example",
          phone: null,
        },
      ],
      quote: {
        text: "Die 28 Helferkreise tragen in den Gemeinschaftsunterkünften des Landkreises Biberach einen großen Teil der Alltagsbegleitung. Mit festen Ansprechpersonen im Biberacher Landratsamt wollen wir ihnen die Arbeit erleichtern statt erschweren.",
        author: "Integrationsbeauftragte",
        role: "Landratsamt Biberach",
      },
    },
    {
      slug: "landkreis-freudenstadt-ankommen-bleiben",
      municipalitySlug: "landkreis-freudenstadt",
      title: "Ankommen und bleiben: Integrationsdialog im Landkreis Freudenstadt",
      teaser:
        "Im Kreis Freudenstadt leben rund 1.700 Menschen mit Migrationshintergrund. Dieser Personenkreis wird dank der Wohnsitzauflage auch für längere Zeit im Kreis verbleiben. Das Thema Integration ist deshalb für den Landkreis Freudenstadt sehr wichtig.",
      occasion:
        "Seit Herbst 2015 hat der Landkreis Freudenstadt rund 1.700 geflüchtete Menschen aufgenommen, zunächst in Gemeinschaftsunterkünften in Freudenstadt, Horb am Neckar, Dornstetten und Baiersbronn. Mit der Wohnsitzauflage aus dem Integrationsgesetz vom Sommer 2016 war absehbar, dass viele anerkannte Flüchtlinge über Jahre im Kreis Freudenstadt wohnen bleiben.\n\nDamit verschob sich die Aufgabe für Kreis, Städte und Gemeinden von der Unterbringung zur dauerhaften Integration. In den kleinen Gemeinden im Nordschwarzwald fehlten bezahlbare Wohnungen für die Anschlussunterbringung, Sprachkurse waren oft nur in Freudenstadt oder Horb zu erreichen, und Betriebe im Murgtal und im Gäu fragten nach Praktikanten, ohne zu wissen, an wen sie sich wenden sollten. Das Landratsamt wollte diese Fragen nicht allein im Kreishaus beantworten, sondern gemeinsam mit Bürgerinnen und Bürgern, Freundeskreisen Asyl und Geflüchteten.",
      goals:
        "Der Landkreis Freudenstadt wollte herausfinden, was Geflüchtete brauchen, um zwischen Murgtal und Gäu dauerhaft Fuß zu fassen, und wer dazu was beitragen kann. Im Mittelpunkt standen drei Fragen:\n\n- Wie finden anerkannte Flüchtlinge in Horb, Baiersbronn oder Loßburg eine eigene Wohnung?\n- Wie kommen Sprachkurs und Arbeitsplatz auch in den Schwarzwaldgemeinden abseits der Kreisstadt zusammen?\n- Wie lassen sich die Freundeskreise Asyl im Kreis Freudenstadt auf Dauer stärken?",
      formatSlugs: ["buergerforum", "world-cafe", "workshop"],
      concept:
        "Der Dialog bestand aus zwei Teilen. Ein Bürgerforum im Kurhaus Freudenstadt eröffnete im November 2016 die Reihe: Nach einem kurzen Überblick des Landratsamts über Zahlen, Unterbringung und Wohnsitzauflage diskutierten die Teilnehmenden an World-Café-Tischen zu Wohnen, Sprache, Arbeit und Freizeit.\n\nDie Ergebnisse der Tische wurden anschließend in zwei Themenwerkstätten vertieft:\n\n- **Wohnen** im Rathaus Horb am Neckar, mit Vermieterinnen und Vermietern, einer Wohnungsbaugenossenschaft aus dem Kreis und mehreren Bürgermeisterämtern\n- **Sprache und Arbeit** in der Volkshochschule Freudenstadt, mit Jobcenter, Agentur für Arbeit, Kammern und Betrieben aus dem Murgtal\n\nIm April 2017 stellte das Landratsamt eine Zusammenfassung aller drei Veranstaltungen im zuständigen Ausschuss des Freudenstädter Kreistags vor.",
      eventDates: ["2016-11-19", "2017-01-28", "2017-03-11"],
      eventCount: 3,
      moderation: {
        type: "EXTERN",
        organisation: "Zwei Moderatorinnen eines Beteiligungsbüros aus Tübingen (extern)",
        description:
          "Das externe Moderationsteam aus Tübingen plante mit dem Landratsamt den Ablauf, leitete das Bürgerforum im Kurhaus und die beiden Werkstätten und fasste die Ergebnisse in einem Bericht mit Fotoprotokoll zusammen. Die Sozialplanung des Kreises Freudenstadt beantwortete bei allen Terminen Sachfragen, ohne selbst zu moderieren.",
      },
      topicSlugs: ["wohnen", "arbeit-ausbildung", "sprache", "integrationskonzept"],
      participantGroups: ["BUERGERINNEN", "GEFLUECHTETE", "EHRENAMTLICHE", "VERWALTUNG", "POLITIK", "WIRTSCHAFT"],
      participantCount: 160,
      refugeeParticipation:
        "Zum Bürgerforum im Kurhaus kamen rund 30 Geflüchtete, vor allem aus Syrien, Afghanistan und Gambia. An zwei World-Café-Tischen übersetzten Dolmetscherinnen ins Arabische und ins Dari; für die Gäste aus Gambia sprach ein Mitglied des Freundeskreises Asyl Dornstetten Englisch. In der Werkstatt in Horb berichteten drei Familien von ihrer Wohnungssuche.",
      languages: ["Deutsch", "Arabisch", "Dari", "Englisch"],
      processRating: 4,
      resultsRating: 3,
      ratingComment:
        "Das Bürgerforum im Kurhaus Freudenstadt war gut besucht und lebendig, und die Werkstatt zu Sprache und Arbeit brachte Betriebe aus dem Murgtal und das Jobcenter erstmals an einen Tisch. Beim Thema Wohnen blieben die Ergebnisse in Horb hinter den Erwartungen zurück, weil nur wenige private Vermieter gekommen waren.",
      keyResults: [
        "Das Landratsamt Freudenstadt richtet eine Wohnraumbörse ein, über die private Vermieter freie Wohnungen für anerkannte Flüchtlinge melden können.",
        "Betriebe aus dem Murgtal und dem Raum Horb vereinbarten mit dem Jobcenter feste Praktikumstage für Geflüchtete mit Sprachniveau A2.",
        "Die Ergebnisse des Dialogs fließen in ein Integrationskonzept ein, das der Kreistag Freudenstadt Ende 2017 beraten will.",
      ],
      measures:
        "- Wohnraumbörse beim Landratsamt mit einer Kontaktstelle für Vermieterinnen und Vermieter, beworben über die Amtsblätter der Kreisgemeinden\n- Infoabend „Vermieten an Geflüchtete“ gemeinsam mit dem örtlichen Haus- und Grundbesitzerverein im Frühjahr 2017 in Horb\n- Praktikumstage in Betrieben im Murgtal und im Raum Horb, vermittelt über das Jobcenter im Landkreis Freudenstadt\n- Fahrkostenzuschuss für Sprachkursteilnehmende aus Gemeinden ohne eigenen Kursort, geprüft vom Freudenstädter Sozialdezernat\n- Jährliches Treffen aller Freundeskreise Asyl des Kreises im Landratsamt Freudenstadt",
      nextSteps:
        "Bis Herbst 2017 soll aus den Dialogergebnissen ein Integrationskonzept für den Landkreis Freudenstadt entstehen, das die Verwaltung dem Kreistag vorlegt. Die Fachkräfte des neuen Integrationsmanagements sollen dabei die Erfahrungen aus den Städten und Gemeinden zwischen Baiersbronn und Horb einbringen.",
      costs: {
        total: 5640,
        funding: 3000,
        ownShare: 2640,
        spentOn:
          "- Honorar des Moderationsteams aus Tübingen: 3.200 EUR\n- Saalmiete im Kurhaus Freudenstadt: 850 EUR\n- Dolmetscherinnen für Arabisch und Dari beim Bürgerforum: 540 EUR\n- Bewirtung im Kurhaus und bei beiden Werkstätten in Horb und Freudenstadt: 730 EUR\n- Einladungsflyer und Plakate für die Freudenstädter Kreisgemeinden: 320 EUR",
      },
      recommendations:
        "Ein Flächenkreis wie Freudenstadt sollte die Themenwerkstätten nicht nur in der Kreisstadt anbieten: Die Werkstatt in Horb erreichte Ehrenamtliche aus dem Gäu, die zum Kurhaus nie gekommen wären.\n\n- Vermieterinnen und Vermieter persönlich einladen, denn ein Hinweis im Amtsblatt hat in Horb nicht genügt\n- Betriebe über Kammern und Wirtschaftsförderung ansprechen und ihnen eine kurze Gesprächsrunde mit festem Ende anbieten, wie in der Freudenstädter Volkshochschule\n- Für Geflüchtete aus Gambia und anderen westafrikanischen Ländern frühzeitig englischsprachige Begleitung einplanen",
      contacts: [
        {
          function: "Sozialplanung und Integration",
          office: "Landratsamt Freudenstadt, Sozialdezernat",
          email: "integration@landkreis-freudenstadt.example",
          phone: null,
        },
      ],
      quote: null,
    },
    {
      slug: "landkreis-konstanz-nachhaltige-integration",
      municipalitySlug: "landkreis-konstanz",
      title: "Nachhaltige Integration: Workshops zum Konstanzer Integrationskonzept",
      teaser:
        "In Workshops die Herausforderungen nachhaltiger Integration herausarbeiten und eine Perspektive für die Zukunft entwickeln: Die Ergebnisse des Flüchtlingsdialogs im Landkreis Konstanz fließen in das Integrationskonzept des Kreises ein. Workshops in Singen, Radolfzell, Stockach und Konstanz brachten dafür Verwaltung, Ehrenamt und Geflüchtete zusammen.",
      occasion:
        "Der Landkreis Konstanz hatte 2015 und 2016 rund 4.000 Geflüchtete aufgenommen, die meisten zunächst in Gemeinschaftsunterkünften in Konstanz, Singen und Radolfzell. Als die Zugangszahlen im Frühjahr 2016 zurückgingen, stand der Kreis vor einer neuen Aufgabe: Die Anschlussunterbringung in den 25 Städten und Gemeinden musste organisiert und die Integration auf Dauer angelegt werden.\n\nIm Sommer 2016 beauftragte der Kreistag die Verwaltung, ein Integrationskonzept für den Landkreis Konstanz zu erarbeiten. Dieses Konzept sollte nicht am Schreibtisch im Landratsamt entstehen. Die Erfahrungen der Helferkreise im Hegau, am Untersee und im Raum Stockach sowie die Sicht der Geflüchteten selbst sollten von Anfang an einfließen. Der Kommunale Flüchtlingsdialog bot dafür den Rahmen und die Mittel für eine Workshopreihe in allen Teilen des Kreises.",
      goals:
        "Ziel war, gemeinsam mit den Menschen vor Ort zu klären, was nachhaltige Integration im Landkreis Konstanz in den nächsten fünf bis zehn Jahren verlangt. Konkret ging es darum,\n\n- Handlungsfelder und Prioritäten für das Konstanzer Integrationskonzept zu bestimmen,\n- Lücken zwischen den Angeboten in Konstanz, Singen und den kleineren Hegau-Gemeinden sichtbar zu machen,\n- Ehrenamtliche und Geflüchtete vom Bodanrück bis zum Hegau als Mitwirkende am Konzept zu gewinnen.",
      formatSlugs: ["workshop", "zukunftswerkstatt"],
      concept:
        "Der Dialog war als Workshopreihe angelegt, die jeweils einen Raum des Landkreises in den Blick nahm:\n\n- **Singen (Hohentwiel):** Arbeit und Ausbildung, mit Betrieben aus der Singener Industrie und der Agentur für Arbeit\n- **Radolfzell:** Wohnen und Nachbarschaft am Untersee, mit Wohnungsbaugesellschaften und Bürgermeisterämtern\n- **Stockach:** Ehrenamt und Mobilität im ländlichen Raum des nördlichen Kreisgebiets\n\nJeder dieser drei Workshops folgte dem Dreischritt einer Zukunftswerkstatt aus Kritik-, Fantasie- und Verwirklichungsphase; die Ideen wurden auf großen Landkarten des Kreises verortet.\n\nIm vierten Workshop im Landratsamt am Benediktinerplatz in Konstanz führten Delegierte aller drei Runden die Ergebnisse zusammen und gewichteten sie mit Klebepunkten für das Integrationskonzept.",
      eventDates: ["2016-10-08", "2016-10-22", "2016-11-05", "2016-12-03"],
      eventCount: 4,
      moderation: {
        type: "GEMISCHT",
        organisation: "Stabsstelle Integration des Landratsamts Konstanz mit einem Moderationsteam der Volkshochschule Landkreis Konstanz",
        description:
          "Die Stabsstelle Integration des Landratsamts plante die Reihe und stellte in jedem Workshop die Ausgangslage im Kreis vor. Die Moderation der Kleingruppen übernahmen zwei erfahrene Kursleiterinnen der Volkshochschule Landkreis Konstanz, die auch die Fantasiephase in Singen, Radolfzell und Stockach mit kreativen Methoden begleiteten.",
      },
      topicSlugs: ["integrationskonzept", "arbeit-ausbildung", "wohnen", "ehrenamt"],
      participantGroups: ["EHRENAMTLICHE", "GEFLUECHTETE", "HAUPTAMTLICHE", "VERWALTUNG", "POLITIK", "WIRTSCHAFT", "VEREINE_VERBAENDE"],
      participantCount: 190,
      refugeeParticipation:
        "In Singen und Radolfzell arbeiteten Geflüchtete aus Syrien, dem Irak und Nigeria in eigenen Kleingruppen mit, begleitet von Sprachmittlerinnen des Kreises für Arabisch und Kurdisch. Ihre Wünsche wurden auf farbigen Karten gesammelt, sodass ihre Sicht bei der abschließenden Gewichtung am Benediktinerplatz erkennbar blieb.",
      languages: ["Deutsch", "Arabisch", "Kurdisch", "Englisch"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Die Aufteilung auf Singen, Radolfzell und Stockach hat sich bewährt, weil jeder Workshop ein eigenes Publikum und eigene Schwerpunkte hatte. Die Gewichtung mit Klebepunkten im Landratsamt machte sichtbar, welche Themen allen drei Raumschaften wichtig sind; einzelne Ideen aus Stockach fanden dabei allerdings wenig Gehör.",
      keyResults: [
        "Aus den vier Workshops gingen sieben Handlungsfelder hervor, die das Integrationskonzept des Landkreises Konstanz gliedern.",
        "Ausbildung und Wohnraum erhielten bei der Gewichtung im Landratsamt am Benediktinerplatz die meisten Stimmen.",
        "Ehrenamtliche aus Stockach und Engen gründeten eine Mitfahrbörse, damit Geflüchtete aus dem ländlichen Raum Sprachkurse in Singen erreichen.",
      ],
      measures:
        "- Die sieben Handlungsfelder aus den Workshops bilden die Gliederung des Integrationskonzepts, das die Konstanzer Stabsstelle Integration 2017 ausarbeitet\n- Monatliche Sprechstunde zu Ausbildungsfragen in Singen, gemeinsam mit der Agentur für Arbeit und der Handwerkskammer Konstanz\n- Mitfahrbörse für Sprachkurse zwischen Stockach, Engen und Singen, organisiert von den dortigen Helferkreisen\n- Runder Tisch Wohnen am Untersee mit Wohnungsbaugesellschaften aus Radolfzell und den Bürgermeisterämtern der Höri",
      nextSteps:
        "Der Entwurf des Integrationskonzepts soll dem Kreistag Konstanz im Herbst 2017 vorgelegt werden. Vorher erhalten alle Teilnehmenden der Workshops den Entwurf und können bei einer offenen Sitzung im Landratsamt Rückmeldung geben, damit die Ergebnisse aus Singen, Radolfzell und Stockach nachvollziehbar bleiben.",
      costs: {
        total: 6120,
        funding: 3000,
        ownShare: 3120,
        spentOn:
          "- Honorare der Volkshochschul-Moderatorinnen für die vier Konstanzer Workshops: 2.560 EUR\n- Sprachmittlung in Singen und Radolfzell: 880 EUR\n- Raummiete und Bewirtung in Singen, Radolfzell und Stockach: 1.940 EUR\n- Großformatige Kreiskarten, Moderationsmaterial und Dokumentation der Zukunftswerkstätten: 740 EUR",
      },
      recommendations:
        "Wer ein Integrationskonzept für einen ganzen Landkreis erarbeitet, sollte die Beteiligung nach Raumschaften aufteilen: Zwischen der Stadt Konstanz und einer Hegau-Gemeinde wie Mühlhausen-Ehingen liegen in der Integrationsarbeit Welten.\n\n- Geflüchtete in eigenen Kleingruppen mit Sprachmittlung arbeiten lassen, bevor ihre Ergebnisse in die große Runde gehen, wie in Singen und Radolfzell erprobt\n- Die Gewichtung der Ideen offenlegen, damit Teilnehmende im Konzeptentwurf wiederfinden, was aus ihrem Workshop geworden ist\n- Die Volkshochschule Landkreis Konstanz früh einbinden, denn sie kennt Räume und Kursleitungen vom Bodanrück bis in den Hegau",
      contacts: [
        {
          function: "Stabsstelle Integration",
          office: "Landratsamt Konstanz",
          email: "integration@landkreis-konstanz.example",
          phone: null,
        },
      ],
      quote: null,
    },
    {
      slug: "rems-murr-kreis-integrationsstrategie",
      municipalitySlug: "rems-murr-kreis",
      title: "Auf dem Weg zur Integrationsstrategie des Rems-Murr-Kreises",
      teaser:
        "Der Rems-Murr-Kreis hat zum 1. März 2016 erstmals die Vollzeitstelle der Integrationsbeauftragten besetzt. Eine Integrationsstrategie für die nächsten Jahre zu erarbeiten, war Anlass für den Flüchtlingsdialog.",
      occasion:
        "Mit gut 425.000 Einwohnerinnen und Einwohnern gehört der Rems-Murr-Kreis zu den großen Landkreisen Baden-Württembergs; 2015 und 2016 kamen mehr als 5.000 Geflüchtete hinzu. Integrationsarbeit leisteten bis dahin vor allem Städte wie Waiblingen, Schorndorf, Backnang und Fellbach, die Wohlfahrtsverbände und über 60 Arbeitskreise Asyl.\n\nIm März 2016 besetzte das Landratsamt in Waiblingen erstmals eine Vollzeitstelle für Integration. Der erste Auftrag der neuen Integrationsbeauftragten lautete, eine Integrationsstrategie für die nächsten Jahre zu erarbeiten. Dafür brauchte sie zunächst ein Bild davon, was es im Kreis zwischen Murrhardter Wald und Remstal bereits gab, wo Angebote fehlten und was die Akteure vom Kreis erwarten. Der Kommunale Flüchtlingsdialog sollte dieses Bild liefern und die Beteiligten von Beginn an in die Strategie einbinden.",
      goals:
        "Der Dialog sollte die Grundlage für die Integrationsstrategie des Rems-Murr-Kreises schaffen:\n\n- eine Bestandsaufnahme der Integrationsangebote in den 31 Städten und Gemeinden des Kreises\n- die Klärung, welche Aufgaben der Kreis übernimmt und welche bei den Kommunen und Arbeitskreisen Asyl im Rems-Murr-Kreis bleiben\n- erste gemeinsame Ziele für Sprache, Arbeit, Wohnen und Zusammenleben zwischen Rems und Murr\n- ein Netzwerk, in dem die neue Integrationsbeauftragte im Landratsamt Waiblingen als Ansprechpartnerin bekannt ist",
      formatSlugs: ["fachtag", "open-space", "workshop"],
      concept:
        "Auftakt war ein Fachtag im Bürgerzentrum Waiblingen im Juli 2016. Nach einem Impuls zur Lage im Kreis setzten die Teilnehmenden im Open-Space-Verfahren ihre eigenen Themen; elf Arbeitsgruppen tagten in zwei Runden, von der Sprachförderung für Mütter bis zur Ausbildung im Handwerk.\n\nDie Ergebnisse des Waiblinger Fachtags wurden im Herbst in drei Regionalworkshops vertieft:\n\n- Backnang für das Murrtal und den Schwäbischen Wald\n- Schorndorf für das Remstal\n- Fellbach für die Städte an der Stuttgarter Stadtgrenze\n\nJeder Regionalworkshop endete mit einer Liste von Vorschlägen, die die Integrationsbeauftragte in den Entwurf der Kreisstrategie übernommen hat.",
      eventDates: ["2016-07-16", "2016-10-12", "2016-10-26", "2016-11-09"],
      eventCount: 4,
      moderation: {
        type: "EXTERN",
        organisation: "Externes Moderationsteam eines Stuttgarter Büros für Organisationsentwicklung und Bürgerbeteiligung",
        description:
          "Ein externes Moderationsteam aus Stuttgart führte durch den Open Space im Bürgerzentrum Waiblingen und leitete die Regionalworkshops in Backnang, Schorndorf und Fellbach. So konnte die Integrationsbeauftragte selbst zuhören, Kontakte knüpfen und in den Arbeitsgruppen mitdiskutieren.",
      },
      topicSlugs: ["integrationskonzept", "vernetzung", "sprache", "arbeit-ausbildung", "frauen-familie"],
      participantGroups: [
        "HAUPTAMTLICHE",
        "EHRENAMTLICHE",
        "VERWALTUNG",
        "POLITIK",
        "VEREINE_VERBAENDE",
        "KIRCHEN",
        "GEFLUECHTETE",
        "WIRTSCHAFT",
      ],
      participantCount: 210,
      refugeeParticipation:
        "Beim Fachtag in Waiblingen leiteten zwei Geflüchtete aus Syrien und Eritrea selbst eine Open-Space-Gruppe zur Anerkennung von Berufsabschlüssen. Für die Regionalworkshops in Backnang und Schorndorf stellte der Kreis Sprachmittler für Arabisch, Tigrinya und Persisch bereit; viele Geflüchtete kamen in Begleitung ihrer Patinnen und Paten aus den örtlichen Arbeitskreisen Asyl.",
      languages: ["Deutsch", "Arabisch", "Tigrinya", "Persisch"],
      processRating: 5,
      resultsRating: 4,
      ratingComment:
        "Der Open Space in Waiblingen hat Themen hervorgebracht, die im Landratsamt vorher niemand auf der Liste hatte, etwa die Kinderbetreuung während der Sprachkurse. Die Regionalworkshops waren unterschiedlich stark besucht: In Schorndorf kamen über 50 Menschen, in Fellbach nur 25.",
      keyResults: [
        "Der Entwurf der Integrationsstrategie des Rems-Murr-Kreises enthält sechs Handlungsfelder, die aus den elf Open-Space-Gruppen in Waiblingen abgeleitet wurden.",
        "Die Integrationsbeauftragte lädt seit Anfang 2017 zweimal jährlich die Integrationsverantwortlichen der 31 Kreiskommunen zu einem Netzwerktreffen ein.",
        "Sprachkurse mit Kinderbetreuung sollen nach dem Dialog zuerst in Backnang und Schorndorf erprobt werden.",
      ],
      measures:
        "- Ausarbeitung der Integrationsstrategie mit sechs Handlungsfeldern durch die Integrationsbeauftragte, ein Beschluss im Kreistag des Rems-Murr-Kreises ist vorgesehen\n- Netzwerktreffen der Integrationsverantwortlichen aus den Rathäusern von Murrhardt bis Weinstadt\n- Sprachkurse mit paralleler Kinderbetreuung als Pilot in Backnang und Schorndorf, gemeinsam mit den dortigen Volkshochschulen\n- Online-Übersicht der Integrationsangebote zwischen Rems und Murr auf der Website des Landratsamts\n- Monatliche Sprechstunde der Integrationsbeauftragten in Backnang für den nördlichen Kreisteil",
      nextSteps:
        "Die Integrationsbeauftragte stellt den Entwurf der Strategie im Frühjahr 2017 im Sozialausschuss des Kreistags vor. Danach sollen die Teilnehmenden des Fachtags in Waiblingen zu einer Rückmelderunde eingeladen werden; ein zweiter Fachtag im Jahr 2018 soll zeigen, was aus den Vorschlägen der Regionalworkshops geworden ist.",
      costs: {
        total: 8450,
        funding: 3000,
        ownShare: 5450,
        spentOn:
          "- Moderationsteam für den Waiblinger Fachtag und drei Regionalworkshops: 4.900 EUR\n- Saalmiete im Bürgerzentrum Waiblingen: 1.150 EUR\n- Verpflegung beim Fachtag und in Backnang, Schorndorf und Fellbach: 1.620 EUR\n- Sprachmittlung für Arabisch, Tigrinya und Persisch: 480 EUR\n- Fotodokumentation und Druck der Ergebnisbroschüre des Rems-Murr-Kreises: 300 EUR",
      },
      recommendations:
        "Eine neue Integrationsbeauftragte sollte einen solchen Dialog früh nutzen: Im Rems-Murr-Kreis war der Fachtag vier Monate nach Stellenantritt der beste Weg, die Akteure im ganzen Kreis kennenzulernen.\n\n- Open Space eignet sich für einen Auftakt mit vielen Akteuren und eigenen Anliegen, braucht aber eine erfahrene Moderation wie beim Waiblinger Fachtag\n- Regionalworkshops in mehreren Kreisteilen einplanen, weil der Weg von Murrhardt nach Waiblingen für Ehrenamtliche abends weit ist\n- Geflüchteten die Leitung eigener Arbeitsgruppen anbieten, statt sie nur als Gäste einzuladen, so wie es beim Thema Berufsabschlüsse gelungen ist",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Landratsamt Rems-Murr-Kreis, Dezernat Soziales",
          email: "integration@rems-murr-kreis.example",
          phone: null,
        },
      ],
      quote: {
        text: "Der Flüchtlingsdialog hat mir in den ersten Monaten gezeigt, wie viel Wissen in den Arbeitskreisen Asyl zwischen Murrhardt und Weinstadt steckt. Die Integrationsstrategie des Rems-Murr-Kreises baut auf diesem Wissen auf.",
        author: "Integrationsbeauftragte",
        role: "Landratsamt Rems-Murr-Kreis",
      },
    },
  ],
};
