@echo off
rem fuwuka: check the roster, then write pictures, cards and round lists.
rem Each step stops the rest when it fails, so a problem stays on screen.
cd /d "%~dp0"
fuwuka.exe validate roster.xlsx
if errorlevel 1 goto end
fuwuka.exe preview roster.xlsx -o pictures
if errorlevel 1 goto end
fuwuka.exe cards roster.xlsx -o cards
if errorlevel 1 goto end
fuwuka.exe rounds roster.xlsx -o rounds
:end
pause
