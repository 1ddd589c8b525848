/* explorer-start PROGRAM [FILE]: starts PROGRAM as Explorer does on a
 * double-click (or with FILE, as when FILE is dropped on it): in a console
 * of its own, in PROGRAM's folder, and waits for it to end. The Windows
 * tests use it to try fuwuka's start from the desktop. */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

int wmain(int argc, wchar_t **argv)
{
    wchar_t cmd[4096], dir[MAX_PATH], *slash;
    STARTUPINFOW si = {sizeof si};
    PROCESS_INFORMATION pi;
    DWORD code = 1;
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: explorer-start PROGRAM [FILE]\n");
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
    if (!CreateProcessW(argv[1], cmd, NULL, NULL, FALSE, CREATE_NEW_CONSOLE, NULL, dir, &si, &pi)) {
        fprintf(stderr, "explorer-start: error %lu\n", GetLastError());
        return 1;
    }
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    return (int)code;
}
