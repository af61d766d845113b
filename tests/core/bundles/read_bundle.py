#!/usr/bin/python3
"""An independent reader of Alongside bundles and public-key files, written from docs/bundles.md
alone with PyNaCl (Debian's python3-nacl), so the document is tested as well as the code.

    read_bundle.py keyfile KEYFILE
        Checks a public-key file and prints {"fingerprint", "store", "name", "role", "team"}.
    read_bundle.py bundle BUNDLE PUBLIC_HEX SECRET_FILE PAYLOAD_OUT
        Opens BUNDLE with the recipient's X25519 key pair (public key as hex; the 32-byte secret
        key in SECRET_FILE), writes the payload to PAYLOAD_OUT and prints
        {"manifest": {...}, "senderFingerprint": "..."}.

A refusal prints one word on standard error (not-a-bundle, cut-short, changed, newer,
not-for-this-store, forwarded, not-a-key-file) and exits 3.
"""

import base64
import binascii
import hashlib
import json
import re
import sys

import nacl.bindings as sodium
import nacl.exceptions
import nacl.signing


class Refused(Exception):
    pass


# --- Fingerprints -------------------------------------------------------------------------------

def fingerprint(store_hex, signing_key, encryption_key):
    message = b"alongside-public-keys-v1" + bytes.fromhex(store_hex) + signing_key + encryption_key
    digest = hashlib.blake2b(message, digest_size=64).digest()
    groups = []
    for i in range(8):
        value = int.from_bytes(digest[5 * i:5 * i + 5], "big")
        groups.append("%04d" % (value % 10000))
    return " ".join(groups)


# --- Public-key files ---------------------------------------------------------------------------

FIELDS = ["format", "store", "name", "role", "team", "signing-key", "encryption-key", "fingerprint"]
BEGIN = "-----BEGIN ALONGSIDE PUBLIC KEYS-----"
END = "-----END ALONGSIDE PUBLIC KEYS-----"


def canonical_base64(text, size):
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Refused("not-a-key-file")
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != text:
        raise Refused("not-a-key-file")
    return raw


def is_store_id(text):
    return re.fullmatch(r"[0-9a-f]{32}", text) is not None


def read_key_file(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("not-a-key-file")
    lines = [line.strip() for line in text.split("\n")]
    if lines.count(BEGIN) != 1 or lines.count(END) != 1:
        raise Refused("not-a-key-file")
    begin, end = lines.index(BEGIN), lines.index(END)
    if end < begin:
        raise Refused("not-a-key-file")
    inside = [line for line in lines[begin + 1:end] if line]
    if len(inside) != len(FIELDS) + 1:
        raise Refused("not-a-key-file")
    values = []
    for name, line in zip(FIELDS + ["signature"], inside):
        field, colon, value = line.partition(":")
        if field != name or not colon:
            raise Refused("not-a-key-file")
        values.append(value.strip())
    fields = dict(zip(FIELDS + ["signature"], values))
    if fields["format"] != "alongside-public-keys 1" or not is_store_id(fields["store"]):
        raise Refused("not-a-key-file")
    for key, prefix in (("signing-key", "ed25519:"), ("encryption-key", "x25519:"), ("signature", "ed25519:")):
        if not fields[key].startswith(prefix):
            raise Refused("not-a-key-file")
    signing_key = canonical_base64(fields["signing-key"][len("ed25519:"):], 32)
    encryption_key = canonical_base64(fields["encryption-key"][len("x25519:"):], 32)
    signature = canonical_base64(fields["signature"][len("ed25519:"):], 64)
    computed = fingerprint(fields["store"], signing_key, encryption_key)
    if fields["fingerprint"] != computed:
        raise Refused("changed")
    signed = b"alongside-public-keys-v1\n"
    for name in FIELDS:
        value = fields[name]
        signed += ((name + ": " + value) if value else (name + ":")).encode("utf-8") + b"\n"
    try:
        nacl.signing.VerifyKey(signing_key).verify(signed, signature)
    except nacl.exceptions.BadSignatureError:
        raise Refused("changed")
    return {"fingerprint": computed, "store": fields["store"], "name": fields["name"],
            "role": fields["role"], "team": fields["team"]}


# --- Bundles ------------------------------------------------------------------------------------

MAGIC = b"ALONGSIDE-BUNDLE"
SLOT = 80
STREAM_HEADER = 24
ABYTES = 17
MANIFEST_LIMIT = 1024 * 1024
SIGNATURE_BYTES = 64
PART_LIMIT = 65536
TAG_MESSAGE = 0
TAG_FINAL = 3


class Messages:
    def __init__(self, data, offset):
        self.data, self.offset = data, offset

    def at_end(self):
        return self.offset == len(self.data)

    def next(self, limit):
        if len(self.data) - self.offset < 4:
            raise Refused("cut-short")
        length = int.from_bytes(self.data[self.offset:self.offset + 4], "big")
        if length < ABYTES or length > limit + ABYTES:
            raise Refused("changed")
        if len(self.data) - self.offset - 4 < length:
            raise Refused("cut-short")
        message = self.data[self.offset + 4:self.offset + 4 + length]
        self.offset += 4 + length
        return message


def pull(state, ciphertext, additional_data=None):
    try:
        return sodium.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, additional_data)
    except nacl.exceptions.CryptoError:
        raise Refused("changed")


def party(value):
    if not isinstance(value, dict) or set(value) != {"store", "name", "role", "team", "signingKey", "encryptionKey"}:
        raise Refused("changed")
    for name in ("store", "name", "role", "team", "signingKey", "encryptionKey"):
        if not isinstance(value[name], str) or len(value[name]) > 200:
            raise Refused("changed")
    if not is_store_id(value["store"]):
        raise Refused("changed")
    try:
        keys = [canonical_base64(value[name], 32) for name in ("signingKey", "encryptionKey")]
    except Refused:
        raise Refused("changed")
    return keys


def check_manifest(manifest):
    members = {"format", "version", "bundle", "kind", "madeAt", "sequence", "sender", "recipients", "payload"}
    if not isinstance(manifest, dict) or set(manifest) != members:
        raise Refused("changed")
    if manifest["format"] != "alongside-bundle-manifest" or manifest["version"] != 1:
        raise Refused("changed")
    if not isinstance(manifest["bundle"], str) or not is_store_id(manifest["bundle"]):
        raise Refused("changed")
    if manifest["kind"] not in ("cases", "return", "handover", "aggregate"):
        raise Refused("changed")
    if not isinstance(manifest["madeAt"], str) or not manifest["madeAt"].endswith("Z"):
        raise Refused("changed")
    if not isinstance(manifest["sequence"], int) or manifest["sequence"] < 1:
        raise Refused("changed")
    party(manifest["sender"])
    recipients = manifest["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= 64:
        raise Refused("changed")
    keys = [party(recipient)[1] for recipient in recipients]
    if len(set(keys)) != len(keys):
        raise Refused("changed")
    payload = manifest["payload"]
    if not isinstance(payload, dict) or set(payload) != {"format", "version", "size", "blake2b256"}:
        raise Refused("changed")
    if re.fullmatch(r"[0-9a-f]{64}", payload["blake2b256"]) is None:
        raise Refused("changed")
    return keys


def read_bundle(data, public_key, secret_key):
    if not data.startswith(MAGIC):
        if 0 < len(data) < len(MAGIC) and MAGIC.startswith(data):
            raise Refused("cut-short")
        raise Refused("not-a-bundle")
    if len(data) < 20:
        raise Refused("cut-short")
    version = int.from_bytes(data[16:18], "big")
    if version > 1:
        raise Refused("newer")
    if version != 1:
        raise Refused("changed")
    n = int.from_bytes(data[18:20], "big")
    if not 1 <= n <= 64:
        raise Refused("changed")
    header_size = 20 + SLOT * n + STREAM_HEADER
    if len(data) < header_size:
        raise Refused("cut-short")
    header = data[:header_size]

    file_key = None
    for i in range(n):
        slot = data[20 + SLOT * i:20 + SLOT * (i + 1)]
        try:
            file_key = sodium.crypto_box_seal_open(slot, public_key, secret_key)
            break
        except nacl.exceptions.CryptoError:
            continue
    if file_key is None:
        raise Refused("not-for-this-store")

    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, header[-STREAM_HEADER:], file_key)
    messages = Messages(data, header_size)

    manifest_bytes, tag = pull(state, messages.next(MANIFEST_LIMIT), header)
    if tag != TAG_MESSAGE:
        raise Refused("changed")
    signature, tag = pull(state, messages.next(SIGNATURE_BYTES))
    if tag != TAG_MESSAGE or len(signature) != SIGNATURE_BYTES:
        raise Refused("changed")
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused("changed")
    recipient_keys = check_manifest(manifest)
    sender_signing_key = base64.b64decode(manifest["sender"]["signingKey"])
    try:
        nacl.signing.VerifyKey(sender_signing_key).verify(b"alongside-bundle-manifest-v1" + manifest_bytes, signature)
    except nacl.exceptions.BadSignatureError:
        raise Refused("changed")
    if public_key not in recipient_keys or len(recipient_keys) != n:
        raise Refused("forwarded")

    payload = b""
    tag = TAG_MESSAGE
    while tag != TAG_FINAL:
        part, tag = pull(state, messages.next(PART_LIMIT))
        if tag not in (TAG_MESSAGE, TAG_FINAL):
            raise Refused("changed")
        payload += part
    if not messages.at_end():
        raise Refused("changed")
    if len(payload) != manifest["payload"]["size"] or \
            hashlib.blake2b(payload, digest_size=32).hexdigest() != manifest["payload"]["blake2b256"]:
        raise Refused("changed")
    sender = manifest["sender"]
    sender_fingerprint = fingerprint(sender["store"], sender_signing_key, base64.b64decode(sender["encryptionKey"]))
    return manifest, payload, sender_fingerprint


def main(arguments):
    try:
        if len(arguments) == 2 and arguments[0] == "keyfile":
            with open(arguments[1], "rb") as file:
                print(json.dumps(read_key_file(file.read())))
            return 0
        if len(arguments) == 5 and arguments[0] == "bundle":
            with open(arguments[1], "rb") as file:
                data = file.read()
            with open(arguments[3], "rb") as file:
                secret_key = file.read()
            manifest, payload, sender_fingerprint = read_bundle(data, bytes.fromhex(arguments[2]), secret_key)
            with open(arguments[4], "wb") as file:
                file.write(payload)
            print(json.dumps({"manifest": manifest, "senderFingerprint": sender_fingerprint}))
            return 0
    except Refused as refusal:
        print(refusal.args[0], file=sys.stderr)
        return 3
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
