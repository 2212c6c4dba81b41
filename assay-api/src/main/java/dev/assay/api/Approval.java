package dev.assay.api;

import java.util.Objects;

/**
 * A named human's approval of the change, from a {@code Reviewed-by:} or {@code Approved-by:}
 * trailer or from an approvals file that CI writes from the code host.
 *
 * @param name who approved, as written
 * @param email their address, lower case, or empty when none was given
 * @param source where it was recorded, e.g. {@code trailer:Reviewed-by@1a2b3c4} or the file path
 */
public record Approval(String name, String email, String source) {
  public Approval {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(source, "source");
  }

  /** True when this approval names the same person as {@code name <email>}. */
  public boolean isBy(String otherName, String otherEmail) {
    if (!email.isEmpty() && !otherEmail.isEmpty()) {
      return email.equalsIgnoreCase(otherEmail);
    }
    return name.strip().equalsIgnoreCase(otherName.strip());
  }
}
