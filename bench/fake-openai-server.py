# A stand-in OpenAI-compatible server for a manual trial: answers each chat completion with one
# review comment on the first added line of each reviewed file, and logs the prompt size.
import json, re, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

class H(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers['content-length'])))
        user = body['messages'][-1]['content']
        comments = []
        for m in re.finditer(r'^FILE (\S+)\n@@\n((?:.*\n)*?)(?=^FILE |^</diff-)', user, re.M):
            added = re.search(r'^\s*(\d+) \+ ', m.group(2), re.M)
            if added:
                comments.append({"path": m.group(1), "line": int(added.group(1)), "endLine": int(added.group(1)),
                                 "severity": "note", "category": "maintainability", "confidence": 0.7,
                                 "message": "trial comment"})
        sys.stderr.write("prompt chars %d, files %d\n" % (len(user), len(comments)))
        out = json.dumps({"id": "x", "object": "chat.completion", "created": 1, "model": body['model'],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": json.dumps({"comments": comments})},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": len(user) // 4, "completion_tokens": 50, "total_tokens": len(user) // 4 + 50}}).encode()
        self.send_response(200); self.send_header('content-type', 'application/json'); self.send_header('content-length', str(len(out)))
        self.end_headers(); self.wfile.write(out)
    def log_message(self, *a): pass

HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
