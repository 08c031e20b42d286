/** How the console names an issuer: its display name ([E]) when there is one, else its URI. */
export const issuerLabel = (issuer: { display_name?: string; uri: string; id: string }) =>
  issuer.display_name || issuer.uri || issuer.id;
