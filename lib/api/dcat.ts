import { DATA_LICENCE, DATA_PUBLISHER } from "@/lib/public/data-licence";

/**
 * The DCAT-AP.de description of the data set and its distributions (JSON-LD), for harvesting by
 * GovData / daten.bw. Only what is known is stated: the programme's period and state (PRODUCT.md),
 * the publisher as in the Impressum, the licence, and the addresses of the distributions.
 */

const FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
const DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/";

export function dcatDataset(base: string, modified: string | null) {
  const url = (path: string) => new URL(path, base).toString();
  const distribution = (id: string, title: string, format: string, mediaType: string, download: string) => ({
    "@id": url(`/api/v1/dcat#${id}`),
    "@type": "dcat:Distribution",
    "dct:title": title,
    "dct:format": { "@id": `${FILE_TYPE}${format}` },
    "dcat:mediaType": mediaType,
    "dcat:accessURL": { "@id": url("/daten") },
    "dcat:downloadURL": { "@id": url(download) },
    "dct:license": { "@id": DATA_LICENCE.dcatUri },
    "dcatde:licenseAttributionByText": DATA_LICENCE.attribution,
    ...(modified ? { "dct:modified": { "@value": modified, "@type": "xsd:dateTime" } } : {}),
  });
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      dcatde: "http://dcat-ap.de/def/dcatde/",
      foaf: "http://xmlns.com/foaf/0.1/",
      vcard: "http://www.w3.org/2006/vcard/ns#",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@id": url("/api/v1/dcat#dataset"),
    "@type": "dcat:Dataset",
    "dct:identifier": url("/api/v1/dcat#dataset"),
    "dct:title": { "@value": "Steckbriefe der kommunalen Flüchtlingsdialoge Baden-Württemberg", "@language": "de" },
    "dct:description": {
      "@value":
        "Steckbriefe der vom Land Baden-Württemberg geförderten kommunalen Flüchtlingsdialoge 2016–2017: Anlass, Themen, " +
        "Veranstaltungskonzept, Ergebnisse, Kosten, Empfehlungen und Ansprechpartner je Landkreis, Stadt oder Gemeinde. " +
        "Nur veröffentlichte Steckbriefe; Namen von Ansprechpersonen nur mit deren Einwilligung.",
      "@language": "de",
    },
    "dcat:keyword": ["Flüchtlingsdialog", "Flüchtlingshilfe", "Bürgerbeteiligung", "Integration", "Kommunen", "Baden-Württemberg"],
    "dcat:theme": [{ "@id": `${DATA_THEME}SOCI` }, { "@id": `${DATA_THEME}GOVE` }],
    "dct:publisher": { "@type": "foaf:Organization", "foaf:name": DATA_PUBLISHER },
    "dcat:contactPoint": { "@type": "vcard:Organization", "vcard:fn": DATA_PUBLISHER, "vcard:hasURL": { "@id": url("/impressum") } },
    "dct:spatial": { "@id": "http://dcat-ap.de/def/politicalGeocoding/stateKey/08" },
    "dcatde:politicalGeocodingLevelURI": { "@id": "http://dcat-ap.de/def/politicalGeocodingLevel/state" },
    "dcatde:politicalGeocodingURI": { "@id": "http://dcat-ap.de/def/politicalGeocoding/stateKey/08" },
    "dct:temporal": {
      "@type": "dct:PeriodOfTime",
      "dcat:startDate": { "@value": "2016-01-01", "@type": "xsd:date" },
      "dcat:endDate": { "@value": "2017-12-31", "@type": "xsd:date" },
    },
    "dcat:landingPage": { "@id": url("/daten") },
    "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/DEU" },
    "dct:accessRights": { "@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC" },
    ...(modified ? { "dct:modified": { "@value": modified, "@type": "xsd:dateTime" } } : {}),
    "dcat:distribution": [
      distribution("csv", "Alle Steckbriefe als CSV", "CSV", "text/csv", "/api/v1/steckbriefe.csv"),
      distribution("json", "Alle Steckbriefe als JSON", "JSON", "application/json", "/api/v1/steckbriefe.json"),
      {
        "@id": url("/api/v1/dcat#api"),
        "@type": "dcat:Distribution",
        "dct:title": "Programmierschnittstelle (JSON, OpenAPI 3.1)",
        "dct:format": { "@id": `${FILE_TYPE}JSON` },
        "dcat:mediaType": "application/json",
        "dcat:accessURL": { "@id": url("/api/v1/steckbriefe") },
        "dct:conformsTo": { "@id": url("/api/v1/openapi.json") },
        "dct:license": { "@id": DATA_LICENCE.dcatUri },
        "dcatde:licenseAttributionByText": DATA_LICENCE.attribution,
      },
    ],
  };
}
