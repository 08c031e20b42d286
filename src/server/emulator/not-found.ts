/**
 * The 404 texts of the API, each written once. They follow what Vultr's API answers (the
 * differing capitalisation and "Invalid user" are Vultr's own).
 */
export const NOT_FOUND = {
  role: 'Role not found',
  trust: 'Role trust not found',
  policy: 'Policy not found',
  group: 'Group not found',
  user: 'Invalid user',
  issuer: 'Issuer Not Found',
  session: 'Assumed Role Not Found',
} as const;
