#!/usr/bin/env python3
"""An independent verifier of ComplianceHub evidence bundles, written from docs/evidence-format.md alone.

Python standard library only (hashlib, json, struct, zipfile): Ed25519 is checked with a short pure-Python
implementation of RFC 8032 §5.1.7. sm2-sm3 keys and RFC 3161 tokens need libraries outside the standard library:
such a bundle is reported as not checkable here (exit 2), a token as "not checked".

usage: verify_bundle.py BUNDLE.zip [TRUSTED_PUBLIC_KEY.json]    exit 0 valid, 3 invalid, 2 cannot check
"""
import hashlib
import json
import struct
import sys
import zipfile

# --- Ed25519 verification (RFC 8032 §5.1.7, after the reference code of its §6) ---
P = 2**255 - 19
Q = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _add(a, b):
    pa = (a[1] - a[0]) * (b[1] - b[0]) % P
    pb = (a[1] + a[0]) * (b[1] + b[0]) % P
    pc = 2 * a[3] * b[3] * D % P
    pd = 2 * a[2] * b[2] % P
    e, f, g, h = pb - pa, pd - pc, pd + pc, pb + pa
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _mul(s, pt):
    acc = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            acc = _add(acc, pt)
        pt = _add(pt, pt)
        s >>= 1
    return acc


def _recover_x(y, sign):
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


def _decompress(s):
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    return None if x is None else (x, y, 1, x * y % P)


_GY = 4 * pow(5, P - 2, P) % P
_G = (_recover_x(_GY, 0), _GY, 1, _recover_x(_GY, 0) * _GY % P)


def ed25519_verify(public, msg, sig):
    if len(public) != 32 or len(sig) != 64:
        return False
    a, r = _decompress(public), _decompress(sig[:32])
    s = int.from_bytes(sig[32:], "little")
    if a is None or r is None or s >= Q:
        return False
    h = int.from_bytes(hashlib.sha512(sig[:32] + public + msg).digest(), "little") % Q
    left, right = _mul(s, _G), _add(r, _mul(h, a))
    return (left[0] * right[2] - right[0] * left[2]) % P == 0 and (left[1] * right[2] - right[1] * left[2]) % P == 0


# --- the format (docs/evidence-format.md) ---
class Invalid(Exception):
    pass


class CannotCheck(Exception):
    pass


def check(ok, why):
    if not ok:
        raise Invalid(why)


def frame(fields):  # §1
    return b"".join(struct.pack(">I", len(b)) + b for b in (f.encode("utf-8") for f in fields))


def sha(b):
    return hashlib.sha256(b).hexdigest()


def node(left, right):  # §3
    return hashlib.sha256(b"\x01" + left + right).digest()


def unhex(s):
    check(isinstance(s, str) and len(s) == 64 and all(c in "0123456789abcdef" for c in s), "not a 64-hex hash")
    return bytes.fromhex(s)


def verify_inclusion(m, n, leaf, path, root):  # §3, RFC 9162 §2.1.3.2
    if m >= n:
        return False
    fn, sn, r = m, n - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(m, n, old_root, new_root, path):  # §3, RFC 9162 §2.1.4.2
    if m < 1 or m > n:
        return False
    if m == n:
        return not path and old_root == new_root
    if not path:
        return False
    if m & (m - 1) == 0:
        path = [old_root] + path
    fn, sn = m - 1, n - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root


def signature_ok(algorithm, public, msg, sig_b64):
    if algorithm != "ed25519":
        raise CannotCheck("algorithm %s needs a GM library" % algorithm)
    import base64
    return ed25519_verify(public, msg, base64.b64decode(sig_b64, validate=True))


def head_input(h):  # §4
    return frame(["chub-sth-v1", h["enterpriseId"], str(h["treeSize"]), h["rootHash"], h["timestamp"], h["keyId"]])


def verify(zip_path, key_path=None):
    import base64
    z = zipfile.ZipFile(zip_path)
    names = z.namelist()
    check(len(names) == len(set(names)), "duplicate file names")
    manifest_bytes = z.read("manifest.json")
    manifest = json.loads(manifest_bytes)
    check(manifest.get("format") == "chub-evidence-bundle-v1", "format")  # §7.1
    listed = {}
    for f in manifest["files"]:
        check(f["path"] not in listed, "path listed twice")
        listed[f["path"]] = f["sha256"]
    for name in names:
        check(name in ("manifest.json", "manifest.sig") or name in listed, "unlisted file " + name)
    for path, digest in listed.items():
        check(path in names, "missing " + path)
        check(sha(z.read(path)) == digest, "sha256 of " + path)
    key = json.loads(open(key_path, "rb").read() if key_path else z.read("public-key.json"))  # §5
    public = base64.b64decode(key["publicKey"], validate=True)
    algorithm, key_id = key["algorithm"], sha(public)[:16]
    sig = json.loads(z.read("manifest.sig"))  # §7.2
    check(sig["keyId"] == key_id and sig["algorithm"] == algorithm, "manifest.sig key")
    check(signature_ok(algorithm, public, manifest_bytes, sig["signature"]), "manifest signature")
    head = json.loads(z.read("tree-head.json"))  # §7.3
    check(head["keyId"] == key_id and head["algorithm"] == algorithm, "tree head key")
    check(signature_ok(algorithm, public, head_input(head), head["signature"]), "tree head signature")
    first, last, size, root = manifest["from"], manifest["to"], head["treeSize"], unhex(head["rootHash"])  # §7.4
    check(manifest["enterpriseId"] == head["enterpriseId"] and manifest["treeSize"] == size, "manifest vs head")
    check(1 <= first <= last <= size, "range")
    reports = {}
    entries = z.read("entries.jsonl").decode("utf-8").split("\n")
    proofs = z.read("proofs/inclusion.jsonl").decode("utf-8").split("\n")
    check(entries[-1] == "" and proofs[-1] == "", "a line not ended by \\n")
    entries, proofs = entries[:-1], proofs[:-1]
    check(len(entries) == last - first + 1 and len(proofs) == len(entries), "entry or proof count")  # §7.6
    prev = None
    for i, line in enumerate(entries):  # §7.5
        e, p, seq = json.loads(line), json.loads(proofs[i]), first + i
        check(e["enterpriseId"] == head["enterpriseId"] and e["seq"] == seq, "entry %d enterprise or seq" % seq)
        check(sha(e["payload"].encode("utf-8")) == e["payloadDigest"], "entry %d payload digest" % seq)
        h = sha(frame(["chub-evidence-v1", e["enterpriseId"], str(seq), e["time"], e["kind"], e["actor"],
                       e["payloadDigest"], e["prevHash"]]))
        check(h == e["hash"], "entry %d hash" % seq)
        if seq == 1:
            check(e["prevHash"] == "0" * 64, "entry 1 prevHash")
        elif prev is not None:
            check(e["prevHash"] == prev, "entry %d prevHash" % seq)
        prev = h
        check(p["seq"] == seq and p["leafIndex"] == seq - 1 and p["treeSize"] == size, "proof %d header" % seq)
        leaf = hashlib.sha256(b"\x00" + bytes.fromhex(h)).digest()
        check(verify_inclusion(seq - 1, size, leaf, [unhex(x) for x in p["path"]], root), "proof %d" % seq)
        if e["kind"] == "report.issued":
            payload = json.loads(e["payload"])
            reports[payload["reportId"]] = payload["sha256"]
    for path in listed:  # §7.7
        if path.startswith("reports/"):
            check(reports.get(path[len("reports/"):-len(".pdf")]) == listed[path], "report " + path)
    if "proofs/consistency.json" in names:  # §7.8
        c = json.loads(z.read("proofs/consistency.json"))
        old = c["fromTreeHead"]
        check(old["enterpriseId"] == head["enterpriseId"] and old["keyId"] == key_id, "earlier head")
        check(signature_ok(algorithm, public, head_input(old), old["signature"]), "earlier head signature")
        check(verify_consistency(old["treeSize"], size, unhex(old["rootHash"]), root, [unhex(x) for x in c["path"]]),
              "consistency proof")
    stamped = "timestampToken" in head  # §7.9: CMS needs a library outside the standard one
    return "valid: %d entries, tree %d, key %s%s" % (len(entries), size, sha(public),
                                                       ", timestamp not checked" if stamped else "")


if __name__ == "__main__":
    try:
        print(verify(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
        sys.exit(0)
    except CannotCheck as e:
        print("cannot check: %s" % e)
        sys.exit(2)
    except (Invalid, KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile, UnicodeDecodeError) as e:
        print("INVALID: %s %s" % (type(e).__name__, e))
        sys.exit(3)
