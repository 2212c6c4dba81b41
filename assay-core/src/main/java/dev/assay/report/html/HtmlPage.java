package dev.assay.report.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The fixed parts of the page: style, the small filter script, and a Content-Security-Policy that
 * allows only that exact script (by hash) and no network access, so even a missed escape could not
 * run injected code or load anything.
 */
final class HtmlPage {
  static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
      main{max-width:1100px;margin:0 auto;padding:0 16px 32px}
      .banner{padding:18px 16px;color:#fff}.banner h1{margin:0 auto;max-width:1100px;font-size:22px}
      .banner p{margin:4px auto 0;max-width:1100px}
      .v-PASS{background:#1a7f37}.v-BLOCKED{background:#cf222e}.v-ERROR{background:#9a6700}
      table{border-collapse:collapse;width:100%;margin:8px 0 16px}
      th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f6f8fa}td.msg{white-space:pre-wrap;word-break:break-word}
      .s{font-weight:600}.s-PASS{color:#1a7f37}.s-FAIL{color:#cf222e}.s-WARN{color:#9a6700}
      .s-ERROR{color:#8250df}.s-SKIPPED{color:#656d76}
      tr.d-SUPPRESSED,tr.d-BASELINED{color:#656d76}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
      .filter{margin:8px 0}footer{color:#656d76;margin-top:24px}
      """;

  static final String SCRIPT = """
      (function(){
        var q=document.getElementById('q'),all=document.getElementById('all');
        function apply(){
          var t=q.value.toLowerCase();
          document.querySelectorAll('tr.f').forEach(function(r){
            var hidden=!all.checked&&!r.classList.contains('d-OPEN');
            r.style.display=(!hidden&&r.textContent.toLowerCase().indexOf(t)>=0)?'':'none';
          });
        }
        q.addEventListener('input',apply);all.addEventListener('change',apply);apply();
      })();
      """;

  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
      + sha256Base64(SCRIPT) + "'";

  private HtmlPage() {}

  private static String sha256Base64(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
