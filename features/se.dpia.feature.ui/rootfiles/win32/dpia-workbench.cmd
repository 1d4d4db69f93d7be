@echo off
rem Starts the DPIA Workbench from the unpacked product; needs Java 21 or newer (JAVA_HOME, or java on the PATH).
rem   dpia-workbench.cmd [FOLDER] [-nl sv or en] [-data WORKSPACE]    FOLDER: the assessment to open; -nl: the language
rem The native Eclipse launcher is not on Maven Central, so the product starts through the launcher jar.
setlocal
set "HERE=%~dp0"
set "JAVA=javaw"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo dpia-workbench: no plugins\org.eclipse.equinox.launcher_*.jar under %HERE%: run the script inside the unpacked product 1>&2
  exit /b 2
)
rem the arguments follow ours, so a second -data replaces the default workspace; -nl sv or en is read by the framework
set "LOG4J=file:///%HERE:\=/%log4j.properties"
start "DPIA Workbench" "%JAVA%" -Xmx2g "-Dlog4j.configuration=%LOG4J%" -jar "%LAUNCHER%" -application se.dpia.app.workbench -data "%USERPROFILE%\.dpia-workbench\workspace" %*
