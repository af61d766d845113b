#include "storage/keys/KeyDerivation.h"

#include "storage/keys/SodiumRuntime.h"

#include <sodium.h>

#include <QtGlobal>

#include <stdexcept>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif

namespace alongside::core {

StoreSalt randomStoreSalt()
{
    ensureSodiumReady();
    StoreSalt salt{};
    randombytes_buf(salt.data(), salt.size());
    return salt;
}

SecretBytes deriveStoreKey(const SecretBytes& passphrase, const StoreSalt& salt,
                           const KdfParameters& parameters)
{
    static_assert(std::tuple_size_v<StoreSalt> == crypto_pwhash_SALTBYTES);
    ensureSodiumReady();
    SecretBytes key(kStoreKeyBytes);
    const int status = crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                                     salt.data(), parameters.opsLimit, parameters.memLimitBytes,
                                     crypto_pwhash_ALG_ARGON2ID13);
    if (status != 0)
        throw std::runtime_error("not enough memory to derive the store key");
    return key;
}

void keepHeapClearOfDerivations()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // The heap grows 32 MiB at a time (address space only: pages are touched as used).
    mallopt(M_TOP_PAD, 32 * 1024 * 1024);
    // Freed memory at the top stays (overwritten on free, docs/storage.md) rather than being
    // given back at once; the lock gives it all back (releaseMemoryAfterLock).
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
    // Blocks up to 32 MiB (glibc's most) come from the heap, not from a mapping of their own.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

SecretBytes rawKeySpec(const SecretBytes& key, const StoreSalt& salt)
{
    // x' + hex(key) + hex(salt) + '
    const std::size_t hexLength = (key.size() + salt.size()) * 2;
    SecretBytes spec(hexLength + 3);
    unsigned char* out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    // sodium_bin2hex writes a terminating NUL, so give it one byte more than the digits.
    SecretBytes scratch(hexLength + 1);
    sodium_bin2hex(reinterpret_cast<char*>(scratch.data()), key.size() * 2 + 1, key.data(), key.size());
    sodium_bin2hex(reinterpret_cast<char*>(scratch.data()) + key.size() * 2, salt.size() * 2 + 1, salt.data(),
                   salt.size());
    std::copy(scratch.data(), scratch.data() + hexLength, out);
    out[hexLength] = '\'';
    return spec;
}

} // namespace alongside::core
