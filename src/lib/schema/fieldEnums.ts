import { z } from 'zod';
import { vacancyFields } from './vacancy';

/** The accepted values of every contract field that has an enumeration (employment_type, status, …), read from the zod schema itself. */
export const enumeratedFields: Readonly<Record<string, readonly [string, ...string[]]>> = (() => {
  const json = z.toJSONSchema(vacancyFields, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, { enum?: [string, ...string[]] }> };
  return Object.fromEntries(Object.entries(json.properties).flatMap(([field, p]) => (p.enum ? [[field, p.enum]] : [])));
})();
