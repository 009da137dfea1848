@echo off
rem bmo-site: runs bmo-site.jar with the settings that make it start fast (see the bmo-site script beside this file).
rem A Java that does not match the class data archive ignores it and runs as usual.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "COMPILER=-XX:TieredStopAtLevel=1"
if /I "%~1"=="serve" set "COMPILER="
"%JAVA%" -XX:+UseSerialGC -XX:-UsePerfData -Xms32m %COMPILER% -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:SharedArchiveFile="%~dp0bmo-site.jsa" -Xshare:auto -Xlog:cds=off %BMO_SITE_JAVA_OPTS% -jar "%~dp0bmo-site.jar" %*
