/** Default sends per second per channel, under each provider's published limits. */
export const defaultRates: Record<string, number> = { email: 600, sms: 30, webhook: 100, slack: 50, teams: 50 };
