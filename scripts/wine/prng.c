/* bcryptprimitives.dll for Wine 8, which lacks it: the Go runtime (1.24 and
 * later) calls ProcessPrng at start for its random numbers. This one asks
 * RtlGenRandom (advapi32!SystemFunction036) instead. Test use only. */
#include <windows.h>

typedef BOOLEAN(WINAPI *genrandom)(PVOID, ULONG);

BOOL WINAPI ProcessPrng(PBYTE out, SIZE_T n)
{
    static genrandom gen;
    if (gen == NULL) {
        gen = (genrandom)GetProcAddress(LoadLibraryA("advapi32.dll"), "SystemFunction036");
        if (gen == NULL)
            return FALSE;
    }
    for (; n > 0;) {
        ULONG chunk = n > 0x40000000 ? 0x40000000 : (ULONG)n;
        if (!gen(out, chunk))
            return FALSE;
        out += chunk;
        n -= chunk;
    }
    return TRUE;
}
