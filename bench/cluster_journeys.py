#!/usr/bin/env python3
"""Readers and one editor through nginx, for bench/cluster.sh.

Readers GET public pages in a loop; the editor signs in once and saves new items one after the
other. Every answer is written to a CSV (time, kind, status, seconds, title); a save answered
with a redirect is an acknowledged write. Runs until the file named by --stop exists.
"""
import argparse, csv, http.cookiejar, os, re, threading, time, urllib.error, urllib.parse, urllib.request

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

def opener(cookies=None):
    handlers = [NoRedirect()]
    if cookies is not None:
        handlers.append(urllib.request.HTTPCookieProcessor(cookies))
    return urllib.request.build_opener(*handlers)

def call(op, url, data=None):
    started = time.time()
    try:
        with op.open(urllib.request.Request(url, data=data), timeout=30) as response:
            body = response.read()
            return response.status, time.time() - started, body
    except urllib.error.HTTPError as e:
        return e.code, time.time() - started, e.read()
    except Exception:
        return 0, time.time() - started, b""

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--stop", required=True)
    p.add_argument("--readers", type=int, default=4)
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    a = p.parse_args()
    lock = threading.Lock()
    out = open(a.out, "w", newline="")
    rows = csv.writer(out)

    def record(kind, status, seconds, title=""):
        with lock:
            rows.writerow([f"{time.time():.3f}", kind, status, f"{seconds:.3f}", title])

    paths = ["/", "/page/2", "/tags", "/archive", "/feed.xml", "/sitemap.xml"]
    home = opener()
    status, _, body = call(home, a.base + "/")
    paths += re.findall(r'href="(/news/[^"]+)"', body.decode("utf-8", "replace"))[:6]

    def reader(n):
        op = opener()
        i = n
        while not os.path.exists(a.stop):
            path = paths[i % len(paths)]
            i += 1
            status, seconds, _ = call(op, a.base + path)
            record("read", status, seconds)
            time.sleep(0.02)

    def editor():
        cookies = http.cookiejar.CookieJar()
        op = opener(cookies)
        signed_in = False
        n = 0
        while not os.path.exists(a.stop):
            if not signed_in:
                status, _, body = call(op, a.base + "/login")
                token = re.search(rb'name="_csrf" value="([^"]+)"', body)
                if status != 200 or not token:
                    time.sleep(0.5)
                    continue
                data = urllib.parse.urlencode({"_csrf": token.group(1).decode(), "email": a.email,
                                               "password": a.password}).encode()
                status, _, _ = call(op, a.base + "/login", data)
                signed_in = status == 302
                continue
            status, _, body = call(op, a.base + "/admin/items/new")
            token = re.search(rb'name="_csrf" value="([^"]+)"', body)
            if status != 200 or not token:
                record("form", status, 0)
                time.sleep(0.2)
                continue
            n += 1
            title = f"Cluster journey {os.getpid()} {n}"
            data = urllib.parse.urlencode({"_csrf": token.group(1).decode(), "title": title,
                                           "summary": "Written by bench/cluster.sh.", "date": "2026-01-05",
                                           "time": "09:00", "action": "publish"}).encode()
            status, seconds, _ = call(op, a.base + "/admin/items", data)
            record("save", status, seconds, title)
            time.sleep(0.1)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(a.readers)]
    threads.append(threading.Thread(target=editor))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.close()

if __name__ == "__main__":
    main()
