/** The JSON body of an order or reissue, from checked field values. */
import { FIELD_NAMES, FIELDS, type FieldValues } from './fields.ts';

/** Exactly the fields that are set, each at its path, in the order of the field table. */
export function buildBody(fields: FieldValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = fields[name];
    if (value === undefined) continue;
    const path = FIELDS[name].path;
    let parent = body;
    // Copies on the way down, so `organization` details get skip_duplicate_org_check without being changed.
    for (const key of path.slice(0, -1)) {
      const child = { ...(parent[key] as Record<string, unknown> | undefined) };
      parent[key] = child;
      parent = child;
    }
    parent[path[path.length - 1] as string] = value;
  }
  return body;
}
