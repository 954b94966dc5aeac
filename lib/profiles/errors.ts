/** The profile does not exist, is archived, or the user may not know about it: answered as 404. */
export class ProfileNotFoundError extends Error {
  constructor() {
    super("profile not found");
    this.name = "ProfileNotFoundError";
  }
}
