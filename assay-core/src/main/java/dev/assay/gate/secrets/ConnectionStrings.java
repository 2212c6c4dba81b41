package dev.assay.gate.secrets;

import dev.assay.api.Severity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords inside connection URLs ({@code postgres://user:password@host}) and JDBC URLs ({@code
 * ;password=...}). Placeholders and variables ({@code ${DB_PASSWORD}}, {@code <pass>}, {@code
 * password}) are not secrets; a password for a local host is reported at lower severity.
 */
final class ConnectionStrings implements Detector {
  /** Schemes whose URLs carry credentials to a data store, a broker, a mail or file server. */
  private static final Set<String> SCHEMES =
      Set.of(
          "postgres",
          "postgresql",
          "mysql",
          "mariadb",
          "mongodb",
          "mongodb+srv",
          "redis",
          "rediss",
          "amqp",
          "amqps",
          "ftp",
          "ftps",
          "sftp",
          "smtp",
          "smtps",
          "http",
          "https",
          "sqlserver",
          "mssql",
          "oracle",
          "ldap",
          "ldaps",
          "nats",
          "clickhouse",
          "cassandra",
          "couchdb",
          "neo4j",
          "neo4j+s",
          "bolt");

  private static final Pattern URL =
      Pattern.compile(
          "([A-Za-z][A-Za-z0-9+.-]{1,20})://([^\\s:/@\"'`<>]{1,128}):([^\\s@/\"'`<>]{1,256})@"
              + "([^\\s/\"'`:?#<>,;@]{1,255})");
  private static final Pattern JDBC_PASSWORD =
      Pattern.compile("(?i)[;?&:]password=([^;&\\s\"'`)]{1,128})");

  /** Hosts of documentation and tests: RFC 2606 names and obvious stand-ins. */
  private static final List<String> FAKE_HOSTS =
      List.of("example", "dummy", "fake", "foo.", "bar.", ".test", ".invalid", "your", "xxx");

  private static final Set<String> WEAK =
      Set.of(
          "pass",
          "pwd",
          "pw",
          "secret",
          "user",
          "username",
          "admin",
          "root",
          "guest",
          "postgres",
          "mysql",
          "redis",
          "mongo",
          "sa",
          "login",
          "name",
          "anonymous");

  @Override
  public List<String> anchors() {
    return List.of("://", "jdbc:");
  }

  @Override
  public void matchAt(String text, TextIndex lines, int hit, String anchor, List<Candidate> out) {
    int end = Math.min(lines.lineEnd(hit), hit + 1024);
    if (anchor.equals("jdbc:")) {
      jdbc(text, hit, end, out);
      return;
    }
    int at = lines.nextOf("@", hit);
    if (at < 0 || at >= end) {
      return;
    }
    Matcher url = URL.matcher(text);
    url.region(Math.max(lines.lineStart(hit), hit - 24), end);
    if (url.find() && url.start() <= hit && url.end() > hit) {
      String scheme = url.group(1).toLowerCase(Locale.ROOT);
      if (SCHEMES.contains(scheme)) {
        add(out, url.group(2), url.group(3), url.start(3), url.end(3), url.group(4));
      }
    }
  }

  private static void jdbc(String text, int hit, int end, List<Candidate> out) {
    Matcher m = JDBC_PASSWORD.matcher(text);
    m.region(hit, end);
    if (m.find()) {
      String url = text.substring(hit, m.start());
      boolean local = url.contains("localhost") || url.contains("127.0.0.1");
      add(out, "", m.group(1), m.start(1), m.end(1), local ? "localhost" : "in a JDBC URL");
    }
  }

  private static void add(
      List<Candidate> out, String user, String pass, int s, int e, String host) {
    if (isPlaceholder(user, pass, host)) {
      return;
    }
    String h = host.toLowerCase(Locale.ROOT);
    boolean local =
        h.equals("localhost") || h.startsWith("127.") || h.equals("0.0.0.0") || h.equals("host");
    String detail = host.startsWith("in ") ? host : "for host " + shorten(host);
    out.add(
        local
            ? new Candidate(
                SecretRule.CONNECTION_STRING_PASSWORD,
                s,
                e,
                Severity.WARNING,
                Candidate.MEDIUM,
                "for a local host",
                Map.of())
            : Candidate.of(
                    SecretRule.CONNECTION_STRING_PASSWORD, s, e, Severity.ERROR, Candidate.HIGH)
                .withDetail(detail));
  }

  private static String shorten(String host) {
    return host.length() > 80 ? host.substring(0, 80) + "…" : host;
  }

  private static boolean isPlaceholder(String user, String pass, String host) {
    String p = decode(pass).toLowerCase(Locale.ROOT);
    String letters = p.replaceAll("[^a-z]", "");
    String h = host.toLowerCase(Locale.ROOT);
    return pass.length() < 3
        || letters.contains("pass")
        || letters.contains("ssw")
        || letters.contains("word")
        || letters.contains("pwd")
        || FAKE_HOSTS.stream().anyMatch(h::contains)
        || p.equals(user.toLowerCase(Locale.ROOT))
        || WEAK.contains(p)
        || p.startsWith("$")
        || p.startsWith("%")
        || p.startsWith("{")
        || p.startsWith(":")
        || p.contains("password")
        || p.contains("passwd")
        || Placeholders.isPlaceholder(pass)
        || p.chars().allMatch(c -> c == '*' || c == 'x');
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
