MODULE WELD1
    ! weldplan program 'WELD1': robot abb_irb1600_10_145, tool torch_22deg, 9 moves
    PERS tooldata tWeldplan:=[TRUE,[[71.175,0,361.165],[0.98162718,0,0.190809,0]],[2,[3.6,0,95.4],[1,0,0,0],0,0,0]];
    TASK PERS wobjdata wobjPart:=[FALSE,TRUE,"",[[850,50,250],[1,0,0,0]],[[0,0,0],[1,0,0,0]]];
    TASK PERS seamdata seam1:=[0,0,[1,0,24.5,8.5,0,210,0,0,0],0.28,0,0,0,0,[0,0,0,0,0,0,0,0,0],0,0.185,[1,0,24.5,8.5,0,210,0,0,0],0,0,[0,0,0,0,0,0,0,0,0],0];
    TASK PERS welddata weld1:=[8,0,[1,0,24.5,8.5,0,210,0,0,0],[0,0,0,0,0,0,0,0,0]];
    TASK PERS weavedata weave1:=[3,0,4,4,0,0,0,0,0,0,0,0,0,0,0];
    CONST speeddata vWp1:=[8,500,5000,1000];
    CONST jointtarget home:=[[0,15,15,0,40,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];
    CONST robtarget pAir1:=[[75.861,-86.047,227.93],[0.24184476,-0.69636424,-0.66446302,0.1227878],[-1,-1,0,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];
    CONST robtarget pApp1:=[[2,-60,0],[0.24184476,-0.69636424,-0.66446302,0.1227878],[0,-1,1,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];
    CONST robtarget pW1:=[[-2,-30,0],[0.24184476,-0.69636424,-0.66446302,0.1227878],[0,-1,1,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];
    CONST robtarget pW2:=[[2,0,0],[0.24184476,-0.69636424,-0.66446302,0.1227878],[0,-1,1,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];
    CONST robtarget pW3:=[[-2,30,0],[0.24184476,-0.69636424,-0.66446302,0.1227878],[0,-1,1,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];
    CONST robtarget pW4:=[[2,60,0],[0.24184476,-0.69636424,-0.66446302,0.1227878],[0,-1,1,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];
    CONST robtarget pRet1:=[[41.392,46.108,68.229],[0.24184476,-0.69636424,-0.66446302,0.1227878],[0,-1,1,0],[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]];

    PROC main()
        ConfJ\On;
        ConfL\On;
        MoveAbsJ home\NoEOffs,vmax,fine,tWeldplan;
        MoveJ pAir1,vmax,z10,tWeldplan\WObj:=wobjPart;
        ArcLStart pApp1,v100,seam1,weld1\Weave:=weave1,fine,tWeldplan\WObj:=wobjPart;
        ArcL pW1,vWp1,seam1,weld1\Weave:=weave1,z1,tWeldplan\WObj:=wobjPart;
        ArcL pW2,vWp1,seam1,weld1\Weave:=weave1,z1,tWeldplan\WObj:=wobjPart;
        ArcL pW3,vWp1,seam1,weld1\Weave:=weave1,z1,tWeldplan\WObj:=wobjPart;
        ArcLEnd pW4,vWp1,seam1,weld1\Weave:=weave1,fine,tWeldplan\WObj:=wobjPart;
        MoveL pRet1,v200,z5,tWeldplan\WObj:=wobjPart;
        MoveAbsJ home\NoEOffs,vmax,fine,tWeldplan;
    ENDPROC
ENDMODULE
