package dev.assay.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trailers of a commit message that provenance and review read, case-insensitive and tolerant
 * of odd spacing ({@code co-authored-by :  Claude <noreply@anthropic.com>}). Only known keys are
 * taken, so prose in the body is not mistaken for a trailer.
 */
final class Trailers {
  private static final Pattern LINE =
      Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*)?)\\s*:\\s*(\\S.*?)\\s*$");

  /** One trailer: key lower case, value as written (stripped). */
  record Trailer(String key, String value) {}

  private Trailers() {}

  /** The trailers with one of the given lower-case keys, in message order. */
  static List<Trailer> read(String message, Set<String> keys) {
    List<Trailer> out = new ArrayList<>();
    int start = 0;
    int n = message.length();
    while (start <= n) {
      int end = message.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      // Only short lines can be trailers; a huge line is prose and is not worth a regex.
      if (end - start < 1000) {
        Matcher m = LINE.matcher(message.substring(start, end));
        if (m.matches()) {
          String key = m.group(1).toLowerCase(Locale.ROOT).replace(' ', '-');
          if (keys.contains(key)) {
            out.add(new Trailer(key, m.group(2)));
          }
        }
      }
      start = end + 1;
    }
    return out;
  }
}
