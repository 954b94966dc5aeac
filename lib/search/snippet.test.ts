import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "./document";
import { splitMarked, stripMarks } from "./snippet";

describe("snippets", () => {
  it("splits marked text into parts for <mark>, never HTML", () => {
    const snippet = `Neue ${MARK_START}Wohnungen${MARK_END} für <b>alle</b>`;
    expect(splitMarked(snippet)).toEqual([
      { text: "Neue ", marked: false },
      { text: "Wohnungen", marked: true },
      { text: " für <b>alle</b>", marked: false },
    ]);
    expect(stripMarks(snippet)).toBe("Neue Wohnungen für <b>alle</b>");
  });
});
