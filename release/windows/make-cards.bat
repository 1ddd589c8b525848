@echo off
rem fuwuka: check the roster, then write pictures, cards and round lists.
rem Each step stops the rest when it fails, so a problem stays on screen.
rem validate lists the roster's warnings; the later steps only count them.
cd /d "%~dp0"
fuwuka.exe validate roster.xlsx
if errorlevel 1 goto end
fuwuka.exe preview --count-warnings roster.xlsx -o pictures
if errorlevel 1 goto end
fuwuka.exe cards --count-warnings roster.xlsx -o cards
if errorlevel 1 goto end
fuwuka.exe rounds --count-warnings roster.xlsx -o rounds
:end
pause
