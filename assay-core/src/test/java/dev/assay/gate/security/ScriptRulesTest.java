package dev.assay.gate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Positive and negative examples in JavaScript and TypeScript (Node, Express, React). */
class ScriptRulesTest {
  private static List<String> js(String code) {
    return Scan.rules("src/server.js", code);
  }

  @Test
  void sqlInterpolatedIntoQueriesIsAnInjectionButPlaceholdersAreNot() {
    assertThat(js("""
        app.get('/users', async (req, res) => {
          const rows = await pool.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);
          const other = await db.query('SELECT * FROM users WHERE id = ' + req.params.id);
          const sql = "DELETE FROM sessions WHERE user = '" + user + "'";
          await connection.execute(sql);
          await pool.query('SELECT * FROM users WHERE name = $1', [req.query.name]);
          await knex.raw('select * from users where id = ?', [id]);
          const label = `SELECT menu item ${n}`;
        });
        """)).containsExactly("sql-injection@2", "sql-injection@3", "sql-injection@5");
  }

  @Test
  void childProcessWithBuiltCommandsIsAnInjection() {
    assertThat(js("""
        const { exec, execFile, spawn } = require('child_process');
        function convert(file) {
          exec(`convert ${file} out.png`, cb);
          exec('ls -la', cb);
          execFile('convert', [file, 'out.png'], cb);
          spawn(cmd, { shell: true });
          spawn('git', ['log', branch]);
          /^a+$/.exec(`${file}`);
        }
        """)).containsExactly("command-injection@3", "command-injection@6");
  }

  @Test
  void requestPathsIntoFsAreTraversals() {
    assertThat(js("""
        const fs = require('fs');
        app.get('/file', (req, res) => {
          res.sendFile(path.join(__dirname, 'public', req.query.file));
          fs.readFile('/srv/' + req.params.name, cb);
          fs.readFile(path.join('/srv', path.basename(req.params.name)), cb);
          fs.readFile(configPath, cb);
        });
        """)).containsExactly("path-traversal@3", "path-traversal@4");
  }

  @Test
  void evalAndNewFunctionOfDynamicStrings() {
    assertThat(js("""
        function run(code) {
          eval(code);
          eval('1 + 1');
          const f = new Function('a', 'return a + ' + code);
          setTimeout('tick(' + code + ')', 10);
          setTimeout(() => tick(code), 10);
          redis.eval(script, 0);
        }
        """)).containsExactly("eval-injection@2", "eval-injection@4", "eval-injection@5");
  }

  @Test
  void htmlSinksWithVariablesAreDomXss() {
    assertThat(Scan.rules("src/Comment.tsx", """
        export function Comment({ body }: { body: string }) {
          el.innerHTML = body;
          el.innerHTML = '';
          el.textContent = body;
          document.write('<p>' + body + '</p>');
          el.insertAdjacentHTML('beforeend', `<li>${body}</li>`);
          return <div dangerouslySetInnerHTML={{ __html: body }} />;
        }
        const Safe = () => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
        const Static = () => <div dangerouslySetInnerHTML={{ __html: '<b>hi</b>' }} />;
        """)).containsExactly("dom-xss@2", "dom-xss@5", "dom-xss@6", "dom-xss@7");
  }

  @Test
  void tlsVerificationOffAndWeakCryptoAndRandomness() {
    assertThat(js("""
        const agent = new https.Agent({ rejectUnauthorized: false });
        process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
        const ok = new https.Agent({ rejectUnauthorized: true });
        function hashPassword(password) {
          return crypto.createHash('md5').update(password).digest('hex');
        }
        const etag = crypto.createHash('md5').update(body).digest('hex');
        const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
        const g = crypto.createCipheriv('aes-256-gcm', key, iv);
        const resetToken = Math.random().toString(36).slice(2);
        const jitter = Math.random() * 100;
        """)).containsExactly(
            "tls-verification-disabled@1",
            "tls-verification-disabled@2",
            "weak-hash@5",
            "weak-cipher@8",
            "weak-random@10");
  }

  @Test
  void cookiesWithoutFlags() {
    assertThat(js("""
        res.cookie('sid', token);
        res.cookie('sid', token, { httpOnly: true, secure: true, sameSite: 'lax' });
        res.cookie('theme', 'dark', { secure: false, httpOnly: true });
        """)).containsExactly("insecure-cookie@1", "insecure-cookie@3");
  }

  @Test
  void unsafeDeserializationWithNodeSerialize() {
    assertThat(js("""
        const serialize = require('node-serialize');
        const obj = serialize.unserialize(req.cookies.profile);
        """)).containsExactly("unsafe-deserialization@2");
  }

  @Test
  void sinkWordsInStringsTemplatesAndCommentsDoNotMatch() {
    assertThat(js("""
        // eval(code); exec(`rm ${dir}`)
        const doc = "el.innerHTML = body; rejectUnauthorized: false";
        const t = `db.query('SELECT * FROM t WHERE a = ' + x)`;
        """)).isEmpty();
  }
}
