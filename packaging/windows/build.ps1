# Build the Windows bundle and its installer. NOT TRIED (no Windows machine here).
# Needs: Python 3.11+, Inno Setup 6 (iscc.exe on PATH). Run from the repository:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root

if (-not (Test-Path .venv)) { python -m venv .venv }
$Py = "$Root\.venv\Scripts\python.exe"
& $Py -m pip install -q -e ".[test]" "pyinstaller==6.22.3" pillow
if ($LASTEXITCODE) { throw "pip install failed" }

$Version = & $Py -c "import tracker; print(tracker.__version__)"
$AppId = & $Py -c "from tracker.appinfo import APP_ID; print(APP_ID)"

# The installer's icon: Pillow writes the .ico from the 256 px PNG.
New-Item -ItemType Directory -Force build\windows | Out-Null
& $Py -c "from PIL import Image; Image.open('resources/icons/debt-tracker-256.png').save('build/windows/debt-tracker.ico', sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(128,128),(256,256)])"

& "$Root\.venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\debt-tracker.spec
if ($LASTEXITCODE) { throw "pyinstaller failed" }
$Bundle = "$Root\dist\debt-tracker-$Version"

# A windowed build prints nothing, but its exit status still tells.
$env:QT_QPA_PLATFORM = "offscreen"
$p = Start-Process -FilePath "$Bundle\debt-tracker.exe" -ArgumentList "--self-test" -Wait -PassThru
if ($p.ExitCode -ne 0) { throw "self-test failed ($($p.ExitCode))" }
Remove-Item Env:QT_QPA_PLATFORM

iscc /DAppVersion=$Version /DAppUserModelID=$AppId /DSourceDir=$Bundle /DRepoRoot=$Root packaging\windows\debt-tracker.iss
if ($LASTEXITCODE) { throw "iscc failed" }
