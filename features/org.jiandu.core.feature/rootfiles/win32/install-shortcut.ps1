# Jiandu Workbench (监督工作台): a shortcut on the Desktop and in the Start menu that starts the workbench with
# javaw.exe (no console window) and the commission's icon (jiandu.ico, beside this script).
#   powershell -NoProfile -ExecutionPolicy Bypass -File install-shortcut.ps1             this Windows account
#   powershell -NoProfile -ExecutionPolicy Bypass -File install-shortcut.ps1 -AllUsers   every account (as administrator)
#   ... -Remove                                                                          removes the shortcuts again
# The shortcut names javaw.exe and the launcher jar of this installation: run this again after an update or after
# installing another Java. Java is chosen as jiandu.bat chooses it: JIANDU_JAVA, jre\ in this folder, JAVA_HOME, PATH.
param([switch]$AllUsers, [switch]$Remove)
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$name = '监督工作台'
if ($AllUsers) {
    $folders = @([Environment]::GetFolderPath('CommonDesktopDirectory'), [Environment]::GetFolderPath('CommonPrograms'))
} else {
    $folders = @([Environment]::GetFolderPath('Desktop'), [Environment]::GetFolderPath('Programs'))
}
$links = $folders | ForEach-Object { Join-Path $_ "$name.lnk" }
if ($Remove) {
    foreach ($l in $links) { if (Test-Path -LiteralPath $l) { Remove-Item -LiteralPath $l; "removed $l" } }
    exit 0
}

function Get-JavaMajor([string]$java) {
    # Windows PowerShell turns a native program's stderr into errors: read it with errors not stopping the script
    $ErrorActionPreference = 'Continue'
    $out = (& $java -XshowSettings:properties -version 2>&1 | ForEach-Object { "$_" }) -join "`n"
    if ($out -match 'java\.specification\.version = (?:1\.)?(\d+)') { return [int]$Matches[1] }
    return 0
}

$candidates = @()
if ($env:JIANDU_JAVA) {
    $candidates += $env:JIANDU_JAVA
} else {
    $candidates += Join-Path $here 'jre\bin\java.exe'
    if ($env:JAVA_HOME) { $candidates += Join-Path $env:JAVA_HOME 'bin\java.exe' }
    $onPath = Get-Command java.exe -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { $candidates += $onPath.Path }
}
$java = $null; $major = 0
foreach ($c in $candidates) {
    if (-not (Test-Path -LiteralPath $c)) { continue }
    $m = Get-JavaMajor $c
    if ($m -ge 21) { $java = $c; $major = $m; break }
}
if (-not $java) {
    Write-Host 'jiandu: Java 21 or newer is needed, and this Windows installation carries none.'
    Write-Host 'jiandu: install a 64-bit Java 21 or newer (a JDK or JRE, e.g. Eclipse Temurin 21 or 25), then run this again.'
    exit 9
}
$javaw = Join-Path (Split-Path -Parent $java) 'javaw.exe'
if (-not (Test-Path -LiteralPath $javaw)) { Write-Host "jiandu: no javaw.exe beside $java"; exit 9 }
$launcher = Get-ChildItem -LiteralPath (Join-Path $here 'plugins') -Filter 'org.eclipse.equinox.launcher_*.jar' | Select-Object -First 1
if (-not $launcher) { Write-Host "jiandu: this installation is incomplete: no launcher jar in $here\plugins"; exit 9 }

# Where OSGi keeps its state, as jiandu.bat decides it: the installation's configuration\ when this account may write
# it; for every account (-AllUsers) or a read-only installation, a folder of each user's own under
# %LOCALAPPDATA%\Jiandu\configuration\<id> (the same <id> as jiandu.bat's), reading the installation's config.ini.
$shared = $true
$installConfig = Join-Path $here 'configuration'
if ($env:JIANDU_CONFIG_AREA) {
    $config = $env:JIANDU_CONFIG_AREA
} else {
    $id = ($here + '\').Replace(':', '').Replace('\', '_').Replace(' ', '_')
    $config = "@user.home\AppData\Local\Jiandu\configuration\$id"
    if (-not $AllUsers) {
        try {
            $probe = Join-Path $installConfig '.jiandu-write-test'
            [IO.File]::WriteAllText($probe, '')
            Remove-Item -LiteralPath $probe
            $config = $installConfig; $shared = $false
        } catch { }
    }
}
$opts = @('-Xmx2g', '-Dfile.encoding=UTF-8', '-Dosgi.requiredJavaVersion=21')
if ($major -ge 24) { $opts += @('--sun-misc-unsafe-memory-access=allow', '--enable-native-access=ALL-UNNAMED') }
if ($shared) { $opts += @("`"-Dosgi.sharedConfiguration.area=$installConfig`"", '-Dosgi.configuration.cascaded=true') }
$opts += @('-jar', "`"$($launcher.FullName)`"", '-install', "`"$here`"", '-configuration', "`"$config`"")
$arguments = $opts -join ' '

$shell = New-Object -ComObject WScript.Shell
foreach ($l in $links) {
    New-Item -ItemType Directory -Force -Path (Split-Path -Parent $l) | Out-Null
    $s = $shell.CreateShortcut($l)
    $s.TargetPath = $javaw
    $s.Arguments = $arguments
    $s.WorkingDirectory = $here
    $s.IconLocation = (Join-Path $here 'jiandu.ico') + ',0'
    $s.Description = $name
    $s.Save()
    "created $l"
}
"Java $major`: $javaw"
