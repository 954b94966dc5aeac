const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value from a form or an address can be a row id at all. Ids are UUIDs; anything else
 * is "not found" before PostgreSQL would refuse the cast with an error.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
