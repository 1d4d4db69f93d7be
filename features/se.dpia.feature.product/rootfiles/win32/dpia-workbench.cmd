@echo off
rem Starts the DPIA Workbench from the unpacked product; needs Java 21 or newer (JAVA_HOME, or java on the PATH).
rem   dpia-workbench.cmd [FOLDER] [-nl sv or en] [-data WORKSPACE]    FOLDER: the assessment to open; -nl: the language
rem Templates: the variable DPIA_TEMPLATES, else the ones built in. DPIA_JAVA_OPTS adds options to Java.
rem The native Eclipse launcher is not on Maven Central, so the product starts through the launcher jar.
setlocal
set "SELF=%~nx0"
set "HERE=%~dp0"
set "JAVA=java"
set "JAVAW=javaw"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if defined JAVA_HOME set "JAVAW=%JAVA_HOME%\bin\javaw"
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
rem C2 later (ten times Java's thresholds): on two cores it does not take a core from the start-up
set "C2LATER=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
rem the arguments follow ours, so a second -data replaces the default workspace; -nl sv or en is read by the framework
start "DPIA Workbench" "%JAVAW%" -Xmx2g %C2LATER% %DPIA_JAVA_OPTS% %JFLAGS% %TEMPLATES% "-Ddpia.example=%HERE%examples\ange-trygghetskamera" "-Ddpia.program=%SELF%" "-Dlog4j.configuration=%LOG4J%" "-Djava.util.logging.config.file=%HERE%logging.properties" -jar "%LAUNCHER%" -application se.dpia.app.workbench -data "%USERPROFILE%\.dpia-workbench\workspace" %*
