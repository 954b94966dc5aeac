/**
 * The licence of the open data (downloads, API, DCAT description): the issue names Datenlizenz
 * Deutschland – Namensnennung 2.0, the licence GovData recommends for public-sector data. The
 * attribution names the publisher as the Impressum does.
 */
export const DATA_LICENCE = {
  name: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
  shortName: "dl-de/by-2-0",
  url: "https://www.govdata.de/dl-de/by-2-0",
  /** the licence's identifier in the DCAT-AP.de vocabulary */
  dcatUri: "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
  attribution: "Landeszentrale für politische Bildung Baden-Württemberg, Steckbriefe der kommunalen Flüchtlingsdialoge",
} as const;

/** The publisher of the data set (the portal's operator, as in the Impressum). */
export const DATA_PUBLISHER = "Landeszentrale für politische Bildung Baden-Württemberg";
