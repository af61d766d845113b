#!/usr/bin/python3
"""Print the SQLCipher raw key of an Alongside store, for recovery with standard tools.

Usage:  derive-store-key.py STORE.alongside [--kdf-set N]   (the passphrase is read from the
        terminal without echo, or as one line on standard input when piped)

Needs Debian's python3-argon2 (argon2-cffi). See docs/storage.md. The output is the store's
key: treat it exactly as you would the passphrase, and do not save it in a file.
"""
import getpass
import sys

from argon2.low_level import Type, hash_secret_raw

# Alongside's key-derivation parameter sets (core/storage/keys/KdfSchedule.cpp), by version.
# libsodium's crypto_pwhash: Argon2id v1.3, parallelism 1; its memlimit is in bytes,
# argon2's memory_cost in KiB.
KDF_SETS = {
    1: {"time_cost": 5, "memory_cost": 256 * 1024},
}


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    version = int(argv[argv.index("--kdf-set") + 1]) if "--kdf-set" in argv else max(KDF_SETS)
    with open(argv[1], "rb") as store:
        salt = store.read(16)  # SQLCipher keeps its salt in the file's first 16 bytes
    if sys.stdin.isatty():
        passphrase = getpass.getpass("Passphrase: ")
    else:
        passphrase = sys.stdin.readline().rstrip("\n")
    key = hash_secret_raw(passphrase.encode("utf-8"), salt, parallelism=1, hash_len=32,
                          type=Type.ID, version=19, **KDF_SETS[version])
    print("PRAGMA key = \"x'%s%s'\";" % (key.hex(), salt.hex()))
    print("PRAGMA cipher_page_size = 4096;")


if __name__ == "__main__":
    main(sys.argv)
