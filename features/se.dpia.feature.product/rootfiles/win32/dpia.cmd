@echo off
rem The DPIA Workbench's command line from the unpacked product; needs Java 21 or newer (JAVA_HOME, or java on the PATH).
rem   dpia.cmd generate, check, screen, threats, consent, approve or diff [DIR] [options] [-nl sv or en]    dpia.cmd --help
rem Templates: --templates DIR, else the variable DPIA_TEMPLATES, else the ones built in. Without DIR the
rem commands use the bundled example (examples\ange-trygghetskamera). DPIA_JAVA_OPTS adds options to Java (e.g. -Xmx4g).
setlocal
set "SELF=%~nx0"
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo %SELF%: no plugins\org.eclipse.equinox.launcher_*.jar under %HERE%: run the script inside the unpacked product 1>&2
  exit /b 2
)
rem the major version from 'java -version': "21.0.2" gives 21, "1.8.0_292" gives 1
set "JVERSION="
for /f "tokens=3" %%v in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do set "JVERSION=%%~v"
set "JMAJOR=0"
if defined JVERSION for /f "delims=.-+" %%m in ("%JVERSION%") do set "JMAJOR=%%m"
if %JMAJOR% LSS 21 (
  if defined JVERSION (
    echo %SELF%: needs Java 21 or newer, and "%JAVA%" is Java %JVERSION%: install a Java 21+ ^(e.g. Eclipse Temurin 21^) and set JAVA_HOME to it 1>&2
  ) else (
    echo %SELF%: needs Java 21 or newer, and "%JAVA%" is not runnable: install a Java 21+ ^(e.g. Eclipse Temurin 21^) and set JAVA_HOME to it 1>&2
  )
  exit /b 2
)
rem Java 24+ warns about the libraries' use of Unsafe and native access unless allowed
set "JFLAGS="
if %JMAJOR% GEQ 24 set "JFLAGS=--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
rem one's own templates: DPIA_TEMPLATES, else the templates built into the product (templates\ holds a copy to start from)
set "TEMPLATES="
if defined DPIA_TEMPLATES set TEMPLATES="-Ddpia.templates=%DPIA_TEMPLATES%"
set "LOG4J=file:///%HERE:\=/%log4j.properties"
rem the command line's own configuration: only the headless bundles it needs, no SWT, JFace or e4 bundle (the build
rem writes configuration-cli beside the workbench's configuration). The framework keeps its state there; when the
rem product folder is read-only, under LOCALAPPDATA, reading the product's configuration as its shared one
set "CONFIG=%HERE%configuration-cli"
set "SHARED="
copy /y nul "%CONFIG%\.writable" >nul 2>&1 && del "%CONFIG%\.writable" >nul 2>&1 || (
  set "CONFIG=%LOCALAPPDATA%\dpia-workbench\configuration-cli"
  set SHARED="-Dosgi.sharedConfiguration.area=%HERE%configuration-cli" -Dosgi.configuration.cascaded=true
)
rem C1 only: a command runs for seconds (DPIA_JAVA_OPTS=-XX:TieredStopAtLevel=4 brings C2 back for a very large assessment)
rem DPIA_JAVA_OPTS after -Xmx2g, so its -Xmx wins
"%JAVA%" -Xmx2g -XX:TieredStopAtLevel=1 %DPIA_JAVA_OPTS% %JFLAGS% %TEMPLATES% "-Ddpia.example=%HERE%examples\ange-trygghetskamera" "-Ddpia.program=%SELF%" "-Dlog4j.configuration=%LOG4J%" "-Djava.util.logging.config.file=%HERE%logging.properties" %SHARED% -jar "%LAUNCHER%" -configuration "%CONFIG%" -application se.dpia.cli.dpia -data @none -nosplash %*
exit /b %ERRORLEVEL%
