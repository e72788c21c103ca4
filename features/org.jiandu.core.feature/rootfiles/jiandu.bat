@echo off
rem Jiandu Workbench start script (Windows).
rem   jiandu [OPTIONS]            open the workbench
rem   jiandu [OPTIONS] COMMAND    run the headless command line (jiandu help)
rem Java 21 or newer: JIANDU_JAVA (a java.exe, for IT people who must use another) and no other when it is set;
rem else the runtime in jre\ when the installation carries one (the Windows zip has none yet: README.md); else
rem JAVA_HOME; else java on PATH. The workbench runs with javaw.exe beside it (no console window); commands with
rem java.exe, whose output and exit code are this script's.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA="
if defined JIANDU_JAVA (
  if not exist "%JIANDU_JAVA%" goto nojava
  set "JAVA=%JIANDU_JAVA%"
)
if not defined JAVA if exist "%HERE%jre\bin\java.exe" set "JAVA=%HERE%jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava
set "V="
for /f "tokens=2 delims==" %%V in ('"!JAVA!" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "V=%%V"
set "V=!V: =!"
for /f "tokens=1 delims=." %%M in ("!V!") do set "MAJOR=%%M"
if "!MAJOR!"=="" goto nojava
if !MAJOR! LSS 21 goto nojava
for %%D in ("!JAVA!") do set "JAVAW=%%~dpDjavaw.exe"
if not exist "!JAVAW!" set "JAVAW=!JAVA!"

set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo jiandu: this installation is incomplete: no launcher jar in %HERE%plugins 1>&2
  exit /b 9
)

set "MODE=gui"
set "SKIP=0"
for %%A in (%*) do (
  set "ARG=%%~A"
  if "!SKIP!"=="1" (
    set "SKIP=0"
  ) else if /i "!ARG!"=="--data" (set "SKIP=1") else if /i "!ARG!"=="--db-url" (set "SKIP=1") else if /i "!ARG!"=="--user" (set "SKIP=1") else if /i "!ARG!"=="--county" (set "SKIP=1") else if /i "!ARG!"=="--role" (set "SKIP=1") else if /i "!ARG!"=="--scope" (set "SKIP=1") else if /i "!ARG!"=="--display" (set "SKIP=1") else if /i "!ARG!"=="-data" (set "SKIP=1") else if /i "!ARG!"=="-nl" (set "SKIP=1") else if "!ARG:~0,1!"=="-" (
    rem an option
  ) else if "!MODE!"=="gui" (
    set "MODE=cli"
  )
)

rem Where OSGi keeps its state: the installation's configuration\ when this user may write it; otherwise (installed
rem under Program Files by an administrator) a folder of this user's own for this installation under LOCALAPPDATA,
rem reading the installation's config.ini through it. JIANDU_CONFIG_AREA chooses one outright.
set "CONFIG=%JIANDU_CONFIG_AREA%"
set "SHARED="
if not defined CONFIG (
  copy /y nul "%HERE%configuration\.jiandu-write-test" >nul 2>&1 && (
    del "%HERE%configuration\.jiandu-write-test" >nul 2>&1
    set "CONFIG=%HERE%configuration"
  )
)
if not defined CONFIG (
  set "ID=%HERE::=%"
  set "ID=!ID:\=_!"
  set "ID=!ID: =_!"
  set "CONFIG=%LOCALAPPDATA%\Jiandu\configuration\!ID!"
)
if /i not "!CONFIG!"=="%HERE%configuration" if not exist "!CONFIG!\config.ini" (
  if not exist "!CONFIG!" mkdir "!CONFIG!"
  set "SHARED=-Dosgi.sharedConfiguration.area="%HERE%configuration" -Dosgi.configuration.cascaded=true"
)

set "JOPTS=-Xmx2g -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=21"
if !MAJOR! GEQ 24 set "JOPTS=!JOPTS! --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
if "!MODE!"=="cli" (
  rem the workbench or "jiandu serve" has the data directory open: the command runs there (75: nothing has it open)
  set "CLIENT="
  for %%C in ("%HERE%plugins\org.jiandu.cli.client_*.jar") do set "CLIENT=%%~fC"
  if defined CLIENT (
    "!JAVA!" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m -cp "!CLIENT!" org.jiandu.cli.client.ResidentClient -install "%HERE%." %*
    if not "!ERRORLEVEL!"=="75" exit /b !ERRORLEVEL!
  )
  "!JAVA!" !JOPTS! !SHARED! -Djava.awt.headless=true -jar "!LAUNCHER!" -install "%HERE%." -configuration "!CONFIG!" -application org.jiandu.cli.app -nosplash %*
) else (
  rem javaw: no console window; start "" returns at once, so this console closes too
  start "" "!JAVAW!" !JOPTS! !SHARED! -jar "!LAUNCHER!" -install "%HERE%." -configuration "!CONFIG!" %*
)
exit /b !ERRORLEVEL!

:nojava
if defined JIANDU_JAVA (
  echo jiandu: JIANDU_JAVA=%JIANDU_JAVA% is not a Java 21 or newer. Unset it to use JAVA_HOME or java on PATH. 1>&2
) else (
  echo jiandu: Java 21 or newer is needed, and this Windows installation carries none. 1>&2
  echo jiandu: install a 64-bit Java 21 or newer ^(a JDK or JRE, e.g. Eclipse Temurin 21 or 25^) and set JAVA_HOME to it. 1>&2
)
rem started by a double-click (no arguments): keep the window open long enough to read why
if "%~1"=="" pause
exit /b 9
