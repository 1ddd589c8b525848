/* holdopen FILE: opens FILE with share mode 0, as a PDF reader may, says
 * "held" on standard output, and keeps it open until standard input ends.
 * The Windows tests use it to stand in for a reader showing a card. */
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv)
{
    HANDLE h;
    char buf[64];
    if (argc != 2) {
        fprintf(stderr, "usage: holdopen FILE\n");
        return 2;
    }
    h = CreateFileW(argv[1], GENERIC_READ, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "holdopen: cannot open: error %lu\n", GetLastError());
        return 1;
    }
    printf("held\n");
    fflush(stdout);
    while (fgets(buf, sizeof buf, stdin) != NULL)
        ;
    CloseHandle(h);
    return 0;
}
