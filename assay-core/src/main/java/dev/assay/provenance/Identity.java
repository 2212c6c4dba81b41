package dev.assay.provenance;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person or agent as git writes it, {@code Name <email>}, read leniently (odd spacing, no
 * address, no name).
 *
 * @param name the name, stripped
 * @param email the address, lower case, or empty
 */
public record Identity(String name, String email) {
  private static final Pattern FORM = Pattern.compile("^(.*?)\\s*<\\s*([^<>]*?)\\s*>\\s*$");

  /** Parses {@code Name <email>}; text without angle brackets is a name, or an address if it has @. */
  public static Identity parse(String text) {
    String t = text.strip();
    Matcher m = FORM.matcher(t);
    if (m.matches()) {
      return new Identity(m.group(1).strip(), m.group(2).toLowerCase(Locale.ROOT));
    }
    if (t.indexOf('@') > 0 && t.indexOf(' ') < 0) {
      return new Identity("", t.toLowerCase(Locale.ROOT));
    }
    return new Identity(t, "");
  }

  /** {@code Name <email>}, or whichever part is present. */
  @Override
  public String toString() {
    if (email.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? "<" + email + ">" : name + " <" + email + ">";
  }
}
