import "server-only";
import PDFDocument from "pdfkit";
import { firaSans, type FontStyle } from "./fonts";

/** A piece of text in one style; `link` makes it a link (and prints the address after it when it differs). */
export interface Segment {
  text: string;
  style?: FontStyle;
  link?: string;
}

export interface TextOptions {
  size?: number;
  /** indentation from the left margin, in points (list items) */
  indent?: number;
  color?: string;
  /** space after the block, in points */
  after?: number;
}

const INK = "#000000";
const MUTED = "#444444";

/**
 * A thin layer over pdfkit for the Steckbrief: A4 pages with the portal's name on top, text in
 * Fira Sans with the script fallback of ./fonts.ts, headings that never stand alone at a page's foot,
 * and a footer line on every page (address, date of the version, page number).
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly fonts = firaSans();

  constructor(
    private readonly header: string,
    info: { title: string; author: string; subject: string },
  ) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: 64, bottom: 60, left: 56, right: 56 },
      bufferPages: true, // the footer needs the page count
      info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: header },
      lang: "de-DE",
      displayTitle: true,
      pdfVersion: "1.7",
    });
    for (const { name, data } of this.fonts.files) this.doc.registerFont(name, data);
    this.doc.on("pageAdded", () => this.drawHeader());
    this.drawHeader();
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** One paragraph of segments. */
  paragraph(segments: Segment[], { size = 10, indent = 0, color = INK, after = 6 }: TextOptions = {}) {
    const pieces = segments
      .flatMap((segment) => {
        const runs = this.fonts.runs(segment.text, segment.style ?? "regular").map((run) => ({ ...run, link: segment.link }));
        const address = segment.link && !segment.link.startsWith("mailto:") && segment.link !== segment.text ? ` (${segment.link})` : "";
        return address ? [...runs, ...this.fonts.runs(address, "regular").map((run) => ({ ...run, link: undefined }))] : runs;
      })
      .filter((piece) => piece.text !== "");
    if (pieces.length === 0) return;
    const left = this.doc.page.margins.left;
    this.doc.x = left + indent;
    this.doc.fillColor(color).fontSize(size);
    pieces.forEach((piece, index) => {
      const last = index === pieces.length - 1;
      this.doc.font(piece.font).text(piece.text, {
        width: this.width - indent,
        continued: !last,
        link: piece.link ?? null,
        underline: Boolean(piece.link),
        lineGap: 1.5,
      });
    });
    this.doc.x = left;
    this.doc.y += after;
  }

  text(text: string, options: TextOptions & { style?: FontStyle } = {}) {
    this.paragraph([{ text, style: options.style }], options);
  }

  /** A heading, moved to the next page when too little room is left for it and a few lines of text. */
  heading(text: string, level: 1 | 2 | 3) {
    const size = { 1: 20, 2: 14, 3: 11 }[level];
    this.keepRoom(level === 3 ? 50 : 80);
    if (level === 2) this.doc.y += 8;
    this.text(text, { style: "bold", size, after: level === 1 ? 6 : 4 });
  }

  /** A label and its value on one line ("Teilnehmende: 120 Personen"). */
  fact(label: string, value: string) {
    this.paragraph(
      [
        { text: `${label}: `, style: "bold" },
        { text: value, style: "regular" },
      ],
      { after: 3 },
    );
  }

  bullet(segments: Segment[], marker = "•") {
    this.keepRoom(20);
    const y = this.doc.y;
    this.doc.font(this.fonts.runs(marker, "regular")[0]!.font).fontSize(10).fillColor(INK);
    this.doc.text(marker, this.doc.page.margins.left + 6, y, { width: 14, lineBreak: false });
    this.doc.y = y;
    this.paragraph(segments, { indent: 20, after: 3 });
  }

  space(points: number) {
    this.doc.y += points;
  }

  muted(text: string) {
    this.text(text, { color: MUTED, size: 9 });
  }

  rule() {
    const y = this.doc.y + 2;
    this.doc
      .moveTo(this.doc.page.margins.left, y)
      .lineTo(this.doc.page.width - this.doc.page.margins.right, y)
      .lineWidth(0.5)
      .strokeColor("#999999")
      .stroke();
    this.doc.y = y + 8;
  }

  private keepRoom(points: number) {
    if (this.doc.y + points > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  private drawHeader() {
    const { doc } = this;
    const { left, right, top } = doc.page.margins;
    const y = top - 34;
    doc.fontSize(9).fillColor(INK);
    this.placeRuns(this.header, "bold", left, y);
    doc
      .moveTo(left, y + 14)
      .lineTo(doc.page.width - right, y + 14)
      .lineWidth(0.75)
      .strokeColor(INK)
      .stroke();
    doc.x = left;
    doc.y = top;
  }

  /** Text at a fixed position, outside the flow (header and footer lines). */
  private placeRuns(text: string, style: FontStyle, x: number, y: number, width?: number) {
    const runs = this.fonts.runs(text, style);
    runs.forEach((run, index) => {
      this.doc.font(run.font);
      const options = { continued: index < runs.length - 1, lineBreak: false, width };
      if (index === 0) this.doc.text(run.text, x, y, options);
      else this.doc.text(run.text, options);
    });
  }

  /** Writes the footer on every page and returns the finished document. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const { doc } = this;
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      doc.on("end", resolve);
      doc.on("error", reject);
    });
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      doc.switchToPage(index);
      const { left, bottom } = doc.page.margins;
      // Inside the bottom margin: without this pdfkit would start a new page for the line.
      doc.page.margins.bottom = 0;
      doc.fontSize(8).fillColor(MUTED);
      this.placeRuns(footer(index - range.start + 1, range.count), "regular", left, doc.page.height - bottom + 22, this.width);
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}
