@echo off
rem Starts the DPIA workbench from an unpacked product; needs Java 21 or newer (JAVA_HOME or java on the PATH).
set HERE=%~dp0
set JAVA=javaw
if defined JAVA_HOME set JAVA="%JAVA_HOME%\bin\javaw"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set LAUNCHER=%%f
start "" %JAVA% -Xmx2g -jar "%LAUNCHER%" -application se.dpia.app.workbench -data "%USERPROFILE%\.dpia-workbench\workspace" %*
