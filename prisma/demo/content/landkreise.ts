import type { DemoContentFile } from "../types";

const STECKBRIEFE = "https://www.fluechtlingsdialoge.de/de/fluechtlingsdialoge/steckbriefe-1";

/**
 * The four Landkreis dialogues of the overview page (L1–L4): Enzkreis, Freudenstadt, Heidenheim,
 * Rems-Murr-Kreis. The Landkreise themselves are in landkreise-register.ts. Facts: facts/steckbriefe-fakten.yaml.
 */
export const content: DemoContentFile = {
  municipalities: [],
  profiles: [
    {
      teaserNo: "L1",
      slug: "enzkreis-landratsamt-und-ehrenamt",
      municipalitySlug: "enzkreis",
      title: "Landratsamt und Ehrenamt: besser zusammenarbeiten",
      teaser:
        "Wie können Kreisverwaltung und freiwillige Helferinnen und Helfer reibungsloser zusammenarbeiten? Dieser Frage ging der Flüchtlingsdialog des Enzkreises in einem Abendworkshop im Februar 2017 nach.",
      occasion:
        "Im Grundsatz funktionierte die Zusammenarbeit zwischen dem Landratsamt und den Ehrenamtlichen in der Flüchtlingshilfe. Dennoch gab es immer wieder Konflikte: Beide Seiten hatten wenig Einblick in die Arbeit der jeweils anderen, und manches Missverständnis ging auf eine holprige Kommunikation zurück.\n\nDer Kreis wollte diese Reibungspunkte gemeinsam mit den Engagierten angehen, statt sie weiter hinzunehmen.",
      goals: "Die Zusammenarbeit zwischen Ehrenamt und Landratsamt sollte ganz praktisch besser werden.",
      formatSlugs: ["workshop"],
      concept:
        "Der Dialog war ein Workshop am Abend des 9. Februar 2017 (18 bis 22 Uhr). Gearbeitet wurde mit Methoden aus dem **Design Thinking**: Die Teilnehmenden verteilten sich auf **Kleingruppen**, die jeweils ein Unterthema bearbeiteten.\n\nAls Themenfelder hatte der Kreis Bildung, Arbeit, Wohnraum, Deutschkurse, Schulungen, Kommunikationswege, Wertschätzung sowie die Frage nach Strukturen und Aufgaben vorgesehen.",
      eventDates: ["2017-02-09"],
      eventCount: 1,
      moderation: {
        type: "EXTERN",
        organisation: "Taten.Drang, Heidelberg",
        description:
          "Zwei Moderatoren von Taten.Drang planten den Abend, leiteten ihn und berieten die Kleingruppen inhaltlich zu ihren Unterthemen.",
      },
      topicSlugs: ["schule-bildung", "arbeit-ausbildung", "wohnen", "ehrenamt", "sprache", "vernetzung"],
      participantGroups: ["EHRENAMTLICHE", "HAUPTAMTLICHE", "VERWALTUNG"],
      participantCount: null,
      refugeeParticipation:
        "Eingeladen waren vor allem Engagierte aus den Helferkreisen im Kreisgebiet und Fachleute aus den zuständigen Ämtern des Landratsamts.",
      languages: ["Deutsch"],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Das Format mit festen Kleingruppen hat gut funktioniert; mehr Zeit für die Abschlussrunde wäre wünschenswert gewesen.",
      keyResults: [
        "Für wiederkehrende Anfragen aus den Helferkreisen gibt es feste Ansprechstellen im Landratsamt.",
        "Ehrenamtliche und Verwaltung treffen sich künftig regelmäßig zu einem Austausch.",
      ],
      measures:
        "- eine Übersicht, welches Amt für welche Frage zuständig ist\n- ein Verteiler, über den Neuigkeiten aus dem Landratsamt die Helferkreise erreichen",
      nextSteps: "Nach einem halben Jahr soll gemeinsam geprüft werden, ob die Absprachen im Alltag tragen.",
      costs: {
        total: 3150,
        funding: 2400,
        ownShare: 750,
        spentOn: "- Moderation und Vorbereitung\n- Material für die Kleingruppenarbeit\n- Verpflegung am Abend",
      },
      recommendations:
        "Konflikte offen benennen lassen, aber jede Kleingruppe mit einem konkreten Vorschlag enden lassen. Eine externe Moderation erleichtert es, auch Kritik an der Verwaltung anzusprechen.",
      contacts: [
        {
          function: "Ehrenamtskoordination Flüchtlingshilfe",
          office: "Landratsamt Enzkreis",
          email: "ehrenamt@enzkreis.example",
          phone: null,
        },
      ],
      quote: null,
      sourceUrls: [`${STECKBRIEFE}/enzkreis`],
      exampleSections: ["participants", "rating", "results", "costs", "recommendations", "contacts"],
      sourceNote: "",
    },
    {
      teaserNo: "L2",
      slug: "landkreis-freudenstadt-ankommen-bleiben",
      municipalitySlug: "landkreis-freudenstadt",
      title: "Integration als Aufgabe des ganzen Kreises",
      teaser:
        "Rund 1.700 Menschen mit Migrationshintergrund leben im Landkreis Freudenstadt, und wegen der Wohnsitzauflage werden viele von ihnen bleiben. Ein Workshop im November 2016 sollte Politik, Wirtschaft, Verwaltung und Bürgerschaft für die Integration gewinnen.",
      occasion:
        "Im Landkreis Freudenstadt lebten zum Zeitpunkt des Dialogs etwa 1.700 Menschen mit Migrationshintergrund. Die Wohnsitzauflage ließ erwarten, dass ein großer Teil von ihnen auf längere Zeit im Kreis wohnen bleibt.\n\nDamit rückte die Integration in den Mittelpunkt der Kreispolitik.",
      goals:
        "- Politik, Wirtschaft, Verwaltung und Bürgerschaft mit dem Thema Integration vertraut machen\n- in Kleingruppen konkrete Integrationsmaßnahmen erarbeiten",
      formatSlugs: ["workshop"],
      concept:
        "Am Samstag, 19. November 2016, kamen die Teilnehmenden von 10 Uhr bis 14.15 Uhr zu einem Workshop zusammen. Der größte Teil der Zeit gehörte der Arbeit in **Kleingruppen**, die Vorschläge für Integrationsmaßnahmen im Kreis sammelten.",
      eventDates: ["2016-11-19"],
      eventCount: 1,
      moderation: {
        type: "EXTERN",
        organisation: "Taten.Drang",
        description: "Taten.Drang übernahm Planung, Durchführung und Nachbereitung und moderierte den Workshop.",
      },
      topicSlugs: ["integrationskonzept", "arbeit-ausbildung"],
      participantGroups: ["POLITIK", "WIRTSCHAFT", "VERWALTUNG", "BUERGERINNEN", "EHRENAMTLICHE"],
      participantCount: null,
      refugeeParticipation:
        "Über Einladungen an Flüchtlingsinitiativen kamen auch einige Geflüchtete, die ihre Sicht in die Kleingruppen einbrachten.",
      languages: ["Deutsch"],
      processRating: 4,
      resultsRating: 3,
      ratingComment: "Die Kleingruppen waren lebendig; einige Vorschläge brauchen noch Partner, die sie umsetzen.",
      keyResults: [
        "Eine Liste von Integrationsmaßnahmen, sortiert nach Zuständigkeit.",
        "Erste Kontakte zwischen Betrieben und Helferkreisen.",
      ],
      measures: "Die Vorschläge gehen an die zuständigen Stellen im Landratsamt und an die Städte und Gemeinden.",
      nextSteps: "Ein Jahr nach dem Workshop ist ein Treffen geplant, bei dem berichtet wird, was umgesetzt wurde.",
      costs: {
        total: 2800,
        funding: 2800,
        ownShare: 0,
        spentOn: "- Honorar für Planung, Moderation und Dokumentation\n- Imbiss und Getränke",
      },
      recommendations:
        "Die Wirtschaft früh einbinden: Betriebe kommen eher, wenn die Veranstaltung klar begrenzt ist und ein konkretes Ergebnis verspricht.",
      contacts: [
        {
          function: "Integration",
          office: "Landratsamt Freudenstadt",
          email: "integration@landkreis-freudenstadt.example",
          phone: null,
        },
      ],
      quote: null,
      sourceUrls: ["https://fluechtlingsdialoge.de/de/fluechtlingsdialoge/steckbriefe-1/freudenstadt"],
      exampleSections: ["topics", "participants", "rating", "results", "costs", "recommendations", "contacts"],
      sourceNote: "",
    },
    {
      teaserNo: "L3",
      slug: "landkreis-heidenheim-dialogtag-integration",
      municipalitySlug: "landkreis-heidenheim",
      title: "Dialogtag: Betroffene zu Beteiligten machen",
      teaser:
        "Workshops zu den Herausforderungen einer dauerhaften Integration, deren Ergebnisse in das Integrationskonzept des Kreises eingehen: Dazu lud der Landkreis Heidenheim im Februar 2017 alle ein, die sich für Geflüchtete engagieren.",
      occasion:
        "Schon 2016 hatte der Landkreis mit Ehrenamtlichen und Wohlfahrtsverbänden zwei Tage in Klausur über die Integration beraten. Eine Folgeveranstaltung war von Anfang an vorgesehen, und ihre Ergebnisse sollten in ein Integrationskonzept für den Kreis einfließen.",
      goals:
        "- alle an der Integration Beteiligten miteinander bekannt machen und ins Gespräch bringen\n- über die Arbeit der Kreisverwaltung informieren\n- das Ehrenamt wertschätzen und ermutigen\n- Handlungsfelder untersuchen und herausfinden, wer in welchem Feld aktiv ist",
      formatSlugs: ["informationsveranstaltung", "workshop"],
      concept:
        "Der Dialogtag am 18. Februar 2017 dauerte von 10 bis 16 Uhr und fand im Begegnungszentrum Migration und Ehrenamt (BZME) statt. Auf einen **offiziellen Teil mit Informationen** zur Arbeit des Kreises folgten **Workshops zu einzelnen Themenfeldern**. Nach einer Projektnachricht des Programms kamen rund 150 Engagierte.",
      eventDates: ["2017-02-18"],
      eventCount: 1,
      moderation: {
        type: "EXTERN",
        organisation: "Führungsakademie Baden-Württemberg, Moderationszentrum Stuttgart",
        description:
          "Das Moderationszentrum klärte mit dem Kreis den Auftrag, plante den Tag, erhob vorab, welche Aktivitäten und Herausforderungen es bereits gab, und entwarf das Grobkonzept.",
      },
      topicSlugs: ["integrationskonzept", "vernetzung", "ehrenamt"],
      participantGroups: ["EHRENAMTLICHE", "VERWALTUNG"],
      participantCount: 150,
      refugeeParticipation: "",
      languages: [],
      processRating: 4,
      resultsRating: 4,
      ratingComment: "Der Tag hat viele Engagierte erreicht; die Workshops hätten mehr Zeit vertragen.",
      keyResults: [
        "Leitgedanke des weiteren Vorgehens: Betroffene werden zu Beteiligten.",
        "Im Sommer 2017 entstand ein Integrationskonzept des Kreises mit neun Handlungsfeldern.",
        "Im März 2017 wurde ein Netzwerk Bildung und Integration gegründet.",
      ],
      measures: "Im Begegnungszentrum (Waldkirche) bieten Ehrenamtliche Sprachkurse an.",
      nextSteps: "",
      costs: {
        total: 3900,
        funding: 3000,
        ownShare: 900,
        spentOn: "- Beratung und Moderation\n- Verpflegung für die Teilnehmenden\n- Druck der Dokumentation",
      },
      recommendations:
        "Einen Dialogtag an eine frühere Klausur anzuschließen hilft: Die Beteiligten kennen sich schon, und die Workshops können gleich bei den offenen Fragen ansetzen.",
      contacts: [
        {
          function: "Integrationszentrum",
          office: "Landkreis Heidenheim",
          email: "integrationszentrum@landkreis-heidenheim.example",
          phone: null,
        },
      ],
      quote: null,
      sourceUrls: [
        "https://fluechtlingsdialoge.de/de/fluechtlingsdialoge/steckbriefe-1/landkreis-heidenheim",
        "https://fluechtlingsdialoge.de/de/projektnachrichten/ergebnisse-fluechtlingsdialog-heidenheim",
      ],
      exampleSections: ["topics", "rating", "costs", "recommendations", "contacts"],
      sourceNote: "",
    },
    {
      teaserNo: "L4",
      slug: "rems-murr-kreis-integrationsstrategie",
      municipalitySlug: "rems-murr-kreis",
      title: "Ideenworkshop für einen Integrationsplan",
      teaser:
        "Seit März 2016 hat der Rems-Murr-Kreis erstmals eine volle Stelle für Integration. Um eine Strategie für die kommenden Jahre zu entwickeln, holte der Kreis im Oktober 2016 Fachleute, Engagierte und Geflüchtete zu einem Ideenworkshop zusammen.",
      occasion:
        "Zum 1. März 2016 besetzte der Rems-Murr-Kreis zum ersten Mal eine Vollzeitstelle für die Integrationsarbeit. Eine Integrationsstrategie für die nächsten Jahre zu erarbeiten, gab den Anstoß für den Flüchtlingsdialog.",
      goals:
        "- eine Grundlage für den Integrationsplan des Kreises schaffen\n- Probleme aus der Praxis zusammentragen\n- konkrete Aktivitäten finden und Vorschläge an die Städte und Gemeinden formulieren",
      formatSlugs: ["workshop"],
      concept:
        "Am 20. Oktober 2016 fand im Landratsamt ein **Ideenworkshop** statt. Die Teilnehmenden arbeiteten in **vier Arbeitskreisen** zu Wohnen, Bildung und Ausbildung, Arbeit sowie Freizeit, jeweils anhand vorgegebener Leitfragen. Zum Schluss stellten die Arbeitskreise ihre Ergebnisse **im Plenum** vor.",
      eventDates: ["2016-10-20"],
      eventCount: 1,
      moderation: {
        type: "EXTERN",
        organisation: "",
        description: "Ein externer Moderator gab den Input, bereitete den Workshop vor und nach und moderierte ihn.",
      },
      topicSlugs: ["wohnen", "schule-bildung", "arbeit-ausbildung", "kultur-sport-freizeit"],
      participantGroups: ["SCHULEN", "EHRENAMTLICHE", "VEREINE_VERBAENDE", "KIRCHEN", "VERWALTUNG", "WIRTSCHAFT", "GEFLUECHTETE"],
      participantCount: 36,
      refugeeParticipation:
        "Geflüchtete arbeiteten nach einem Pressetext des Landratsamts selbst als Akteure mit. Außerdem dabei: Lehrkräfte aus VABO-Klassen, Ehrenamtliche, Wohlfahrtsverbände, Kirchen, kommunale Integrations- und Flüchtlingsbeauftragte, Unternehmen, die Agentur für Arbeit, die Kreisbaugesellschaft und die Kammern.",
      languages: [],
      processRating: 4,
      resultsRating: 4,
      ratingComment:
        "Die vorgegebenen Leitfragen haben die Arbeitskreise fokussiert; für den Austausch zwischen den Kreisen blieb wenig Zeit.",
      keyResults: [
        "Die Ergebnisse wurden gesichtet, bewertet, nach Dringlichkeit geordnet und in einen Maßnahmenplan übernommen.",
        "Eine Expertise mit mehr als 60 Handlungsempfehlungen auf 156 Seiten liegt vor.",
        "Im Mittelpunkt steht, Information und Kommunikation zu verbessern.",
      ],
      measures: "Für wiederkehrende Abläufe sollen Standards entstehen, und das Ehrenamt soll gezielter eingebunden werden.",
      nextSteps: "",
      costs: {
        total: 2650,
        funding: 2650,
        ownShare: 0,
        spentOn: "- Honorar des Moderators\n- Bewirtung im Landratsamt",
      },
      recommendations: "Leitfragen vorab festlegen und an die Arbeitskreise verteilen: So bleibt ein halber Tag ergiebig.",
      contacts: [
        {
          function: "Integrationsbeauftragte",
          office: "Landratsamt Rems-Murr-Kreis, Stabsstelle Wirtschaftsförderung",
          email: "integration@rems-murr-kreis.example",
          phone: null,
        },
      ],
      quote: null,
      sourceUrls: [
        `${STECKBRIEFE}/rems-murr`,
        "https://www.rems-murr-kreis.de/jugend-gesundheit-und-soziales/integration-von-fluechtlingen-und-migranten/archiv/kommunaler-fluechtlingsdialog",
        "https://www.stuttgarter-nachrichten.de/inhalt.rems-murr-kreis-legt-plan-vor-gesamtstrategie-fuer-gemeinsame-integration.c9a5ca45-97ed-4b44-a5b2-d0548fc4623c.html",
      ],
      exampleSections: ["rating", "costs", "recommendations", "contacts"],
      sourceNote: "",
    },
  ],
};
