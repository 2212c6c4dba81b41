package dev.assay.gate.security;

import java.util.Map;
import java.util.Set;

/**
 * Which security rule a bytecode analyzer's issue counts toward: by CWE onto the built-in rule
 * with the same weakness (so the two sources merge and the same settings apply), a few FindSecBugs
 * bug types by name where FindSecBugs files one CWE under several weaknesses, and the rest onto
 * the four {@code findsecbugs-*} rules by family. See docs/gates/security.md.
 */
final class CompiledRules {
  private CompiledRules() {}

  /** FindSecBugs bug types whose CWE alone would place them wrongly. */
  private static final Map<String, SecurityRule> BY_TYPE =
      Map.ofEntries(
          Map.entry("WEAK_MESSAGE_DIGEST_MD5", SecurityRule.WEAK_HASH),
          Map.entry("WEAK_MESSAGE_DIGEST_SHA1", SecurityRule.WEAK_HASH),
          Map.entry("DES_USAGE", SecurityRule.WEAK_CIPHER),
          Map.entry("TDES_USAGE", SecurityRule.WEAK_CIPHER),
          Map.entry("ECB_MODE", SecurityRule.WEAK_CIPHER),
          Map.entry("NULL_CIPHER", SecurityRule.WEAK_CIPHER),
          Map.entry("SCRIPT_ENGINE_INJECTION", SecurityRule.EVAL_INJECTION),
          Map.entry("GROOVY_SHELL", SecurityRule.EVAL_INJECTION),
          Map.entry("SQL_INJECTION_HIBERNATE", SecurityRule.SQL_INJECTION),
          Map.entry("HTTPONLY_COOKIE", SecurityRule.INSECURE_COOKIE),
          Map.entry("SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE", SecurityRule.SQL_INJECTION),
          Map.entry("SQL_PREPARED_STATEMENT_GENERATED_FROM_NONCONSTANT_STRING",
              SecurityRule.SQL_INJECTION));

  private static final Map<String, SecurityRule> BY_CWE =
      Map.ofEntries(
          Map.entry("CWE-89", SecurityRule.SQL_INJECTION),
          Map.entry("CWE-78", SecurityRule.COMMAND_INJECTION),
          Map.entry("CWE-22", SecurityRule.PATH_TRAVERSAL),
          Map.entry("CWE-23", SecurityRule.PATH_TRAVERSAL),
          Map.entry("CWE-36", SecurityRule.PATH_TRAVERSAL),
          Map.entry("CWE-502", SecurityRule.UNSAFE_DESERIALIZATION),
          Map.entry("CWE-611", SecurityRule.XXE),
          Map.entry("CWE-90", SecurityRule.LDAP_INJECTION),
          Map.entry("CWE-643", SecurityRule.XPATH_INJECTION),
          Map.entry("CWE-916", SecurityRule.WEAK_HASH),
          Map.entry("CWE-330", SecurityRule.WEAK_RANDOM),
          Map.entry("CWE-295", SecurityRule.TLS_VERIFICATION_DISABLED),
          Map.entry("CWE-95", SecurityRule.EVAL_INJECTION),
          Map.entry("CWE-614", SecurityRule.INSECURE_COOKIE));

  private static final Set<String> INJECTION =
      Set.of("CWE-15", "CWE-74", "CWE-93", "CWE-94", "CWE-113", "CWE-117", "CWE-134", "CWE-501",
          "CWE-917", "CWE-918", "CWE-943", "CWE-915", "CWE-235");
  private static final Set<String> CRYPTO =
      Set.of("CWE-203", "CWE-259", "CWE-297", "CWE-310", "CWE-319", "CWE-321", "CWE-326",
          "CWE-327", "CWE-328", "CWE-329", "CWE-353", "CWE-704", "CWE-780", "CWE-798");
  private static final Set<String> WEB =
      Set.of("CWE-20", "CWE-79", "CWE-200", "CWE-209", "CWE-315", "CWE-352", "CWE-539", "CWE-552",
          "CWE-601", "CWE-807", "CWE-942");

  /** The rule an issue of this bug type and CWE counts toward. */
  static SecurityRule of(String type, String cwe) {
    SecurityRule r = BY_TYPE.get(type);
    if (r == null) {
      r = BY_CWE.get(cwe);
    }
    if (r != null) {
      return r;
    }
    if (INJECTION.contains(cwe) || type.contains("INJECTION") && !type.startsWith("XSS")) {
      return SecurityRule.FINDSECBUGS_INJECTION;
    }
    if (CRYPTO.contains(cwe) || type.equals("SSL_CONTEXT") || type.equals("DEFAULT_HTTP_CLIENT")) {
      return SecurityRule.FINDSECBUGS_CRYPTO;
    }
    if (WEB.contains(cwe) || type.endsWith("_ENDPOINT") || type.startsWith("XSS")) {
      return SecurityRule.FINDSECBUGS_WEB;
    }
    return SecurityRule.FINDSECBUGS_OTHER;
  }
}
