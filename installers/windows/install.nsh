  ; colab-tunnel:// links from the Colab card open the app (per machine: HKLM\Software\Classes).
  WriteRegStr SHCTX "Software\Classes\colab-tunnel" "" "URL:Colab Tunnel"
  WriteRegStr SHCTX "Software\Classes\colab-tunnel" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\colab-tunnel\DefaultIcon" "" "$INSTDIR\bin\colab-tunnel.exe,0"
  WriteRegStr SHCTX "Software\Classes\colab-tunnel\shell\open\command" "" '"$INSTDIR\bin\colab-tunnel.exe" "%1"'
  ; Optional: start at login, in the tray (the same value the app's Settings ▸ Start at login uses).
  MessageBox MB_YESNO|MB_ICONQUESTION "Start Colab Tunnel when you log in?" /SD IDNO IDNO colab_no_autostart
    WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Colab Tunnel" '"$INSTDIR\bin\colab-tunnel.exe" --hidden'
  colab_no_autostart:
