@echo off
rem The DPIA Workbench's command line from the unpacked product; needs Java 21 or newer (JAVA_HOME, or java on the PATH).
rem   dpia.cmd generate, check, screen, threats, consent, approve or diff DIR [options] [-nl sv or en]    dpia.cmd --help
rem Templates: --templates DIR, else the variable DPIA_TEMPLATES, else .\templates. -nl sv or en chooses the language of the messages.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo dpia: no plugins\org.eclipse.equinox.launcher_*.jar under %HERE%: run the script inside the unpacked product 1>&2
  exit /b 2
)
set "TEMPLATES="
if defined DPIA_TEMPLATES set "TEMPLATES=-Ddpia.templates=%DPIA_TEMPLATES%"
set "LOG4J=file:///%HERE:\=/%log4j.properties"
"%JAVA%" -Xmx2g "-Dlog4j.configuration=%LOG4J%" %TEMPLATES% -jar "%LAUNCHER%" -application se.dpia.cli.dpia -data @none -nosplash %*
exit /b %ERRORLEVEL%
