import { describe, expect, it } from "vitest";
import { languageSwitchFallback, languageSwitchTarget, pathInLanguage } from "./language-alternate";

describe("pathInLanguage", () => {
  it("adds and removes the language prefix", () => {
    expect(pathInLanguage("/", "", "en")).toBe("/en");
    expect(pathInLanguage("/en", "", "de")).toBe("/");
    expect(pathInLanguage("/steckbriefe/tuebingen", "", "en")).toBe("/en/steckbriefe/tuebingen");
    expect(pathInLanguage("/en/steckbriefe/tuebingen", "", "de")).toBe("/steckbriefe/tuebingen");
  });

  it("keeps the query", () => {
    expect(pathInLanguage("/steckbriefe", "?q=wohnung&typ=stadt", "en")).toBe("/en/steckbriefe?q=wohnung&typ=stadt");
    expect(pathInLanguage("/en/karte", "?typ=stadt", "de")).toBe("/karte?typ=stadt");
  });

  it("turns an internal query route back into its page and query", () => {
    expect(pathInLanguage("/steckbriefe/liste/typ%3Dstadt%26seite%3D2", "", "en")).toBe("/en/steckbriefe?typ=stadt&seite=2");
    expect(pathInLanguage("/en/steckbriefe/liste/alle", "", "de")).toBe("/steckbriefe");
    expect(pathInLanguage("/en/statistik/auswahl/thema%3Dwohnen", "", "de")).toBe("/statistik?thema=wohnen");
    expect(pathInLanguage("/empfehlungen/auswahl/q%3DB%25C3%25BCrger", "", "en")).toBe("/en/empfehlungen?q=B%C3%BCrger");
  });

  it("does not take a path that only begins with a language's letters for a prefix", () => {
    expect(pathInLanguage("/entwurf", "", "de")).toBe("/entwurf");
  });
});

describe("the switch without JavaScript", () => {
  it("names the page in the other language", () => {
    expect(languageSwitchFallback("/steckbriefe", "en")).toBe("/api/sprache?nach=en&seite=%2Fen%2Fsteckbriefe");
  });

  it("takes the query from a Referer of this site that shows the same page", () => {
    const referer = "http://portal.example/steckbriefe?q=wohnung&typ=stadt";
    expect(languageSwitchTarget("/en/steckbriefe", "en", referer, "portal.example")).toBe("/en/steckbriefe?q=wohnung&typ=stadt");
    expect(languageSwitchTarget("/steckbriefe", "de", "http://portal.example/en/steckbriefe?seite=2", "portal.example")).toBe(
      "/steckbriefe?seite=2",
    );
  });

  it("ignores a Referer of another site, of another page or none", () => {
    expect(languageSwitchTarget("/en/steckbriefe", "en", "http://evil.example/steckbriefe?q=x", "portal.example")).toBe("/en/steckbriefe");
    expect(languageSwitchTarget("/en/karte", "en", "http://portal.example/steckbriefe?q=x", "portal.example")).toBe("/en/karte");
    expect(languageSwitchTarget("/en/karte", "en", null, "portal.example")).toBe("/en/karte");
    expect(languageSwitchTarget("/en/karte", "en", "not a url", "portal.example")).toBe("/en/karte");
  });
});
