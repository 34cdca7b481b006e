import Database from 'better-sqlite3';

// One row per receipt. There is deliberately no column for an IP address, user agent or any other request
// data: the receipt proves a decision, it must not identify the visitor (R-GDPR-19).
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS receipts (
    id          INTEGER PRIMARY KEY,
    consent_id  TEXT    NOT NULL,
    timestamp   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    action      TEXT    NOT NULL,
    layer       TEXT    NOT NULL,
    categories  TEXT    NOT NULL,
    services    TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    gpc         INTEGER NOT NULL,
    text_hash   TEXT,
    expires_at  TEXT    NOT NULL,
    received_at TEXT    NOT NULL,
    -- A receipt may arrive twice, e.g. when a proxy or the browser retries a post.
    UNIQUE (consent_id, timestamp, action)
  );
  CREATE INDEX IF NOT EXISTS receipts_by_consent_id ON receipts (consent_id, timestamp);
`;

/** Opens (or creates) the SQLite database at `file`. */
export function openReceiptStore(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const insert = db.prepare(`
    INSERT OR IGNORE INTO receipts
      (consent_id, timestamp, revision, action, layer, categories, services, language, gpc, text_hash, expires_at, received_at)
    VALUES
      (@consentId, @timestamp, @revision, @action, @layer, @categories, @services, @language, @gpc, @textHash, @expiresAt, @receivedAt)`);
  const select = db.prepare('SELECT * FROM receipts WHERE consent_id = ? ORDER BY timestamp, id');

  return {
    /** Stores a validated receipt; false when the same receipt was stored before. */
    add(receipt, receivedAt = new Date()) {
      const row = {
        ...receipt,
        categories: JSON.stringify(receipt.categories),
        services: JSON.stringify(receipt.services),
        // SQLite has no boolean type.
        gpc: receipt.gpc ? 1 : 0,
        receivedAt: receivedAt.toISOString(),
      };
      return insert.run(row).changes == 1;
    },
    /** Every receipt of one visitor, oldest first, in the shape they were posted plus `receivedAt`. */
    byConsentId(consentId) {
      return select.all(consentId).map((r) => ({
        consentId: r.consent_id,
        timestamp: r.timestamp,
        revision: r.revision,
        action: r.action,
        layer: r.layer,
        categories: JSON.parse(r.categories),
        services: JSON.parse(r.services),
        language: r.language,
        gpc: r.gpc == 1,
        textHash: r.text_hash,
        expiresAt: r.expires_at,
        receivedAt: r.received_at,
      }));
    },
    close: () => db.close(),
  };
}
