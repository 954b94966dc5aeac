/** Types of smtp-sink.mjs, for TypeScript tests that import it. */

export type SinkMessage = {
  /** Envelope recipients, comma-separated. */
  to: string;
  /** Envelope sender. */
  from: string;
  subject: string;
  text: string;
  receivedAt: Date;
};

export type SmtpSink = {
  /** `smtp://127.0.0.1:<port>`, ready for SMTP_URL. */
  smtpUrl: string;
  smtpPort: number;
  /** `http://127.0.0.1:<port>` of the JSON API, when `httpPort` was given. */
  httpUrl: string | undefined;
  /** Every mail received so far, oldest first (live array). */
  messages: SinkMessage[];
  /** The first mail, already received or still to come, that matches; rejects after `timeoutMs` (default 5000). */
  waitForMail(predicate?: (message: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  clear(): void;
  stop(): Promise<void>;
};

export function startSmtpSink(options?: { smtpPort?: number; httpPort?: number }): Promise<SmtpSink>;
