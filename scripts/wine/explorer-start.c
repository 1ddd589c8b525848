/* explorer-start [-log FILE] PROGRAM [ARG]: starts PROGRAM as Explorer
 * does on a double-click (or with ARG, as when a file is dropped on it): in
 * a console of its own, in PROGRAM's folder, and waits for it to end. The
 * Windows tests use it to try fuwuka's start from the desktop.
 *
 * With -log, PROGRAM's standard output and error go to FILE instead of its
 * console, so that a test can read what the clerk is told: Wine's console
 * without a display lets no other process read its screen. PROGRAM still
 * has a console of its own (it is the only process attached to it), which
 * is how fuwuka knows it was started from the desktop. */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

int wmain(int argc, wchar_t **argv)
{
    wchar_t cmd[4096], dir[MAX_PATH], *slash;
    STARTUPINFOW si = {sizeof si};
    PROCESS_INFORMATION pi;
    SECURITY_ATTRIBUTES inherit = {sizeof inherit, NULL, TRUE};
    HANDLE log = NULL;
    DWORD code = 1;
    if (argc >= 3 && wcscmp(argv[1], L"-log") == 0) {
        log = CreateFileW(argv[2], GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit, CREATE_ALWAYS, 0, NULL);
        if (log == INVALID_HANDLE_VALUE) {
            fprintf(stderr, "explorer-start: -log: error %lu\n", GetLastError());
            return 1;
        }
        si.dwFlags = STARTF_USESTDHANDLES;
        si.hStdInput = NULL;
        si.hStdOutput = si.hStdError = log;
        argv += 2;
        argc -= 2;
    }
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: explorer-start [-log FILE] PROGRAM [ARG]\n");
        return 2;
    }
    if (argc == 3)
        swprintf(cmd, 4096, L"\"%ls\" \"%ls\"", argv[1], argv[2]);
    else
        swprintf(cmd, 4096, L"\"%ls\"", argv[1]);
    wcsncpy(dir, argv[1], MAX_PATH - 1);
    dir[MAX_PATH - 1] = 0;
    slash = wcsrchr(dir, L'\\');
    if (slash != NULL)
        *slash = 0;
    if (!CreateProcessW(argv[1], cmd, NULL, NULL, log != NULL, CREATE_NEW_CONSOLE, NULL, dir, &si, &pi)) {
        fprintf(stderr, "explorer-start: error %lu\n", GetLastError());
        return 1;
    }
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    return (int)code;
}
