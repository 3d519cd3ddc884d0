@echo off
rem Grassroots Planner: no arguments open the workbench; "check", "import" ... run the command line.
rem No native launcher is published on Maven Central, so Java starts the Equinox launcher directly.
setlocal
set HERE=%~dp0
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set LAUNCHER=%%f
if "%PLANNER_WORKSPACE%"=="" set PLANNER_WORKSPACE=%USERPROFILE%\.grassroots-planner\workspace
set JAVA_CMD=java
if not "%JAVA_HOME%"=="" set JAVA_CMD=%JAVA_HOME%\bin\java
if "%~1"=="" (
  rem the workbench starts 2 s sooner with the quick JIT alone (BENCHMARKS.md, launch)
  "%JAVA_CMD%" -Xmx1g -XX:TieredStopAtLevel=1 -jar "%LAUNCHER%" -data "%PLANNER_WORKSPACE%" -nosplash
) else (
  rem a command runs for seconds: the quick JIT alone starts it in half the CPU time
  "%JAVA_CMD%" -Xmx1g -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -jar "%LAUNCHER%" -data "%PLANNER_WORKSPACE%" -nosplash -application org.grassroots.planner.cli.app -consoleLog %*
)
exit /b %ERRORLEVEL%
